//! A calendar server on 127.0.0.1 for the fetch tests: it answers each request the way the
//! test last said (a calendar, a 404, no answer at all, or a page that is no calendar) and
//! counts what it received.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

/// How the server answers.
#[derive(Debug, Clone)]
pub enum Answer {
    Calendar(String),
    NotFound,
    /// Reads the request and never answers (the client times out).
    Silent,
    /// 200 with an HTML sign-in page, as a lapsed secret address gives.
    Html,
}

pub struct CalendarServer {
    pub port: u16,
    answer: Arc<Mutex<Answer>>,
    requests: Arc<Mutex<Vec<String>>>,
}

impl CalendarServer {
    pub fn start(answer: Answer) -> CalendarServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let answer = Arc::new(Mutex::new(answer));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let (a, r) = (Arc::clone(&answer), Arc::clone(&requests));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (a, r) = (Arc::clone(&a), Arc::clone(&r));
                std::thread::spawn(move || serve(stream, &a, &r));
            }
        });
        CalendarServer {
            port,
            answer,
            requests,
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    pub fn answer(&self, answer: Answer) {
        *self.answer.lock().unwrap() = answer;
    }

    /// The request lines received ("GET /work.ics HTTP/1.1"), in order.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().unwrap().clone()
    }
}

fn serve(mut stream: TcpStream, answer: &Mutex<Answer>, requests: &Mutex<Vec<String>>) {
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    // The rest of the head, up to the empty line.
    let mut line = String::new();
    while reader.read_line(&mut line).is_ok_and(|n| n > 0) && line.trim() != "" {
        line.clear();
    }
    requests.lock().unwrap().push(first.trim().to_owned());
    let answer = answer.lock().unwrap().clone();
    let (status, kind, body) = match answer {
        Answer::Calendar(text) => ("200 OK", "text/calendar", text),
        Answer::NotFound => ("404 Not Found", "text/plain", "not found\n".to_owned()),
        Answer::Html => (
            "200 OK",
            "text/html",
            "<html><body>Sign in to see this calendar</body></html>\n".to_owned(),
        ),
        Answer::Silent => {
            // Hold the connection until the client gives up and closes it.
            let mut rest = String::new();
            let _ = reader.read_line(&mut rest);
            return;
        }
    };
    let _ = write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
}
