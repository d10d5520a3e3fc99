# Sends each line of lines.txt to a running knotless over its socket, one connection a line,
# and prints {"request": line, "reply": reply-object} per line.
import json, socket, sys
sock, lines = sys.argv[1], open(sys.argv[2]).read().splitlines()
for line in lines:
    s = socket.socket(socket.AF_UNIX); s.connect(sock)
    s.sendall(line.encode() + b"\n")
    buf = b""
    while not buf.endswith(b"\n"):
        chunk = s.recv(65536)
        if not chunk: break
        buf += chunk
    s.close()
    print(json.dumps({"request": line, "reply": json.loads(buf)}))
