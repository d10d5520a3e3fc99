#!/usr/bin/env python3
"""Draws the exercise illustrations: simple, consistent line figures, one SVG per frame.

    scripts/draw-illustrations.py            # writes assets/exercises/illustrations/*.svg

Each exercise id maps to 1-4 frames; a frame is a scene (standing, seated on a chair, lying on
the floor, at a wall), a pose (absolute segment angles, 0 = pointing down, 90 = pointing to
the right, 180 = up) and props (ball, roller, glass, strap, eye marks). The break window
shows the frames as a short loop. Edit a pose here, run the script, commit the SVGs.
"""

import math
import os
import sys

INK = "#2a3d45"
ACCENT = "#2a9d8f"
SOFT = "#bfe9e3"

# Segment lengths in viewBox units (the box is 120 x 120).
TORSO, NECK, HEAD_R = 30, 9, 7
UPPER_ARM, FOREARM = 16, 15
THIGH, SHIN = 19, 19
SHOULDER_HALF, HIP_HALF = 8, 5


def d(angle, length):
    a = math.radians(angle)
    return (math.sin(a) * length, math.cos(a) * length)


def add(p, v):
    return (p[0] + v[0], p[1] + v[1])


STAND = dict(hip=(60, 60), torso=180, head=0, lua=-12, lfa=-8, rua=12, rfa=8,
             lth=-6, lsh=-6, rth=6, rsh=6, side=False)
SIT = dict(hip=(52, 72), torso=180, head=0, lua=15, lfa=75, rua=15, rfa=75,
           lth=90, lsh=0, rth=90, rsh=0, side=True)
SIT_FRONT = dict(hip=(60, 70), torso=180, head=0, lua=-12, lfa=20, rua=12, rfa=-20,
                 lth=-20, lsh=0, rth=20, rsh=0, side=False, thigh=7)
LIE = dict(hip=(66, 90), torso=-90, head=0, lua=84, lfa=90, rua=96, rfa=90,
           lth=70, lsh=120, rth=70, rsh=120, side=True)


def scene_base(scene):
    return {"stand": STAND, "sit": SIT, "sitf": SIT_FRONT, "lie": LIE, "wall": STAND}[scene]


def line(a, b, width=3.2, color=INK):
    return (f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" '
            f'stroke="{color}" stroke-width="{width}" stroke-linecap="round"/>')


def figure(p):
    hip = p["hip"]
    shoulder = add(hip, d(p["torso"], TORSO))
    neck_top = add(shoulder, d(p["torso"] + p["head"], NECK))
    head = add(neck_top, d(p["torso"] + p["head"], HEAD_R))
    # Shoulder and hip joints sit across the torso in a front view, together in a side view.
    across = 0 if p["side"] else 1
    perp = (math.cos(math.radians(p["torso"])), -math.sin(math.radians(p["torso"])))
    ls = add(shoulder, (-perp[0] * SHOULDER_HALF * across, -perp[1] * SHOULDER_HALF * across))
    rs = add(shoulder, (perp[0] * SHOULDER_HALF * across, perp[1] * SHOULDER_HALF * across))
    lh = add(hip, (-perp[0] * HIP_HALF * across, -perp[1] * HIP_HALF * across))
    rh = add(hip, (perp[0] * HIP_HALF * across, perp[1] * HIP_HALF * across))
    le = add(ls, d(p["lua"], UPPER_ARM))
    lw = add(le, d(p["lfa"], FOREARM))
    re = add(rs, d(p["rua"], UPPER_ARM))
    rw = add(re, d(p["rfa"], FOREARM))
    thigh = p.get("thigh", THIGH)
    lk = add(lh, d(p["lth"], thigh))
    lf = add(lk, d(p["lsh"], SHIN))
    rk = add(rh, d(p["rth"], thigh))
    rf = add(rk, d(p["rsh"], SHIN))
    parts = [
        line(hip, shoulder, 3.6),
        line(shoulder, neck_top),
        line(ls, rs) if across else "",
        line(lh, rh) if across else "",
        line(ls, le), line(le, lw), line(rs, re), line(re, rw),
        line(lh, lk), line(lk, lf), line(rh, rk), line(rk, rf),
        f'<circle cx="{head[0]:.1f}" cy="{head[1]:.1f}" r="{HEAD_R}" fill="none" '
        f'stroke="{INK}" stroke-width="3.2"/>',
    ]
    joints = dict(hip=hip, shoulder=shoulder, head=head, lw=lw, rw=rw, lf=lf, rf=rf,
                  ls=ls, rs=rs, le=le, re=re, lk=lk, rk=rk)
    return "\n  ".join(x for x in parts if x), joints


def chair():
    return "\n  ".join([
        line((40, 74), (70, 74), 3, ACCENT),
        line((40, 74), (40, 40), 3, ACCENT),
        line((43, 74), (43, 108), 3, ACCENT),
        line((68, 74), (68, 108), 3, ACCENT),
    ])


def chair_front():
    return "\n  ".join([
        line((44, 76), (76, 76), 3, ACCENT),
        line((46, 76), (46, 108), 3, ACCENT),
        line((74, 76), (74, 108), 3, ACCENT),
    ])


def floor(y=108):
    return line((8, y), (112, y), 2, SOFT)


def wall(x=30):
    return line((x, 8), (x, 108), 4, SOFT)


def props(names, j):
    out = []
    for name in names:
        if name == "ball_back":
            x = min(j["shoulder"][0], j["hip"][0]) - 6
            out.append(f'<circle cx="{x:.1f}" cy="{j["shoulder"][1] + 6:.1f}" r="5" fill="{ACCENT}"/>')
        elif name == "ball_hip":
            out.append(f'<circle cx="{j["hip"][0] - 6:.1f}" cy="{j["hip"][1] + 2:.1f}" r="5" fill="{ACCENT}"/>')
        elif name == "ball_hand":
            out.append(f'<circle cx="{j["rw"][0]:.1f}" cy="{j["rw"][1] + 4:.1f}" r="5" fill="{ACCENT}"/>')
        elif name == "ball_foot":
            out.append(f'<circle cx="{j["rf"][0] + 3:.1f}" cy="{j["rf"][1] + 1:.1f}" r="4.5" fill="{ACCENT}"/>')
        elif name == "ball_chest":
            out.append(f'<circle cx="{j["shoulder"][0] + 7:.1f}" cy="{j["shoulder"][1] + 6:.1f}" r="5" fill="{ACCENT}"/>')
        elif name == "roller_back":
            out.append(f'<circle cx="{j["shoulder"][0] + 6:.1f}" cy="{j["shoulder"][1] + 9:.1f}" r="8" '
                       f'fill="none" stroke="{ACCENT}" stroke-width="3"/>')
        elif name == "roller_legs":
            out.append(f'<circle cx="{j["rk"][0] + 8:.1f}" cy="{j["rk"][1] + 9:.1f}" r="8" '
                       f'fill="none" stroke="{ACCENT}" stroke-width="3"/>')
        elif name == "roller_hip":
            out.append(f'<circle cx="{j["hip"][0]:.1f}" cy="{j["hip"][1] + 9:.1f}" r="8" '
                       f'fill="none" stroke="{ACCENT}" stroke-width="3"/>')
        elif name == "glass":
            x, y = j["rw"]
            out.append(f'<path d="M{x - 4:.1f} {y - 10:.1f} L{x - 3:.1f} {y + 2:.1f} L{x + 3:.1f} {y + 2:.1f} '
                       f'L{x + 4:.1f} {y - 10:.1f} Z" fill="{SOFT}" stroke="{ACCENT}" stroke-width="2"/>')
        elif name == "strap":
            out.append(line(j["lw"], j["rw"], 2.4, ACCENT))
        elif name == "warmth":
            x, y = j["shoulder"]
            out.append(f'<rect x="{x - 10:.1f}" y="{y - 4:.1f}" width="20" height="7" rx="3" fill="{SOFT}" '
                       f'stroke="{ACCENT}" stroke-width="2"/>')
        elif name == "far":
            out.append(f'<path d="M88 20 L104 20 M98 14 L104 20 L98 26" fill="none" stroke="{ACCENT}" '
                       f'stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>')
        elif name == "near":
            out.append(f'<path d="M104 20 L88 20 M94 14 L88 20 L94 26" fill="none" stroke="{ACCENT}" '
                       f'stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/>')
        elif name == "closed_eyes":
            x, y = j["head"]
            out.append(f'<path d="M{x - 4:.1f} {y:.1f} q2 2 4 0 M{x + 1:.1f} {y:.1f} q2 2 4 0" '
                       f'fill="none" stroke="{INK}" stroke-width="1.5"/>')
        elif name == "breath_in":
            x, y = j["shoulder"]
            out.append(f'<path d="M{x + 14:.1f} {y + 14:.1f} C{x + 22:.1f} {y + 4:.1f} {x + 14:.1f} {y - 6:.1f} '
                       f'{x + 24:.1f} {y - 14:.1f}" fill="none" stroke="{ACCENT}" stroke-width="2.5" '
                       f'stroke-linecap="round"/>')
        elif name == "breath_out":
            x, y = j["head"]
            out.append(f'<path d="M{x + 10:.1f} {y:.1f} C{x + 18:.1f} {y - 4:.1f} {x + 22:.1f} {y + 6:.1f} '
                       f'{x + 30:.1f} {y + 2:.1f}" fill="none" stroke="{ACCENT}" stroke-width="2.5" '
                       f'stroke-linecap="round" stroke-dasharray="4 4"/>')
        elif name == "screen":
            out.append(f'<rect x="84" y="30" width="22" height="16" rx="2" fill="none" stroke="{ACCENT}" '
                       f'stroke-width="2.5"/>' + line((95, 46), (95, 56), 2.5, ACCENT))
        elif name == "steps":
            out.append(f'<path d="M70 108 L70 96 L84 96 L84 84 L98 84 L98 72 L112 72" fill="none" '
                       f'stroke="{SOFT}" stroke-width="3" stroke-linejoin="round"/>')
        elif name == "door":
            out.append(f'<rect x="22" y="10" width="76" height="98" fill="none" stroke="{SOFT}" stroke-width="4"/>')
        elif name == "arrows_turn":
            x, y = j["head"]
            out.append(f'<path d="M{x - 14:.1f} {y - 10:.1f} q14 -10 28 0 l-4 -5 m4 5 l-6 2" fill="none" '
                       f'stroke="{ACCENT}" stroke-width="2" stroke-linecap="round"/>')
        else:
            raise ValueError(f"unknown prop {name}")
    return "\n  ".join(out)


def svg(scene, pose, prop_names, title):
    p = dict(scene_base(scene))
    p.update(pose)
    body, joints = figure(p)
    backdrop = [floor()]
    if scene == "sit":
        backdrop.append(chair())
    if scene == "sitf":
        backdrop.append(chair_front())
    if scene == "wall":
        backdrop.append(wall())
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120" width="240" height="240">\n'
            f'  <title>{title}</title>\n  ' + "\n  ".join(backdrop) + "\n  " + body
            + ("\n  " + props(prop_names, joints) if prop_names else "") + "\n</svg>\n")


# Poses reused by several exercises.
ARMS_UP = dict(lua=-165, lfa=-170, rua=165, rfa=170)
ARMS_SIDE = dict(lua=-90, lfa=-90, rua=90, rfa=90)
HANDS_KNEES = dict(lua=20, lfa=80, rua=20, rfa=80)
HANDS_LAP = dict(lua=10, lfa=90, rua=10, rfa=90)
HANDS_EYES = dict(lua=-150, lfa=150, rua=150, rfa=-150)
LEAN_WALL = dict(hip=(44, 60), torso=186)

F = {}  # exercise id -> [(scene, pose, props)]


def frames(exercise_id, *items):
    F[exercise_id] = list(items)


frames("neck-side-stretch", ("sitf", {}, []), ("sitf", dict(head=-30), []))
frames("chin-tucks", ("sit", HANDS_LAP, []), ("sit", dict(HANDS_LAP, head=12, hip=(50, 72)), []))
frames("neck-rotation", ("stand", {}, []), ("stand", {}, ["arrows_turn"]))
frames("neck-nods", ("sit", HANDS_LAP, []), ("sit", dict(HANDS_LAP, head=25), []), ("sit", dict(HANDS_LAP, head=-20), []))
frames("ball-neck-shoulder-wall", ("wall", LEAN_WALL, ["ball_back"]), ("wall", dict(LEAN_WALL, hip=(44, 64)), ["ball_back"]))
frames("levator-stretch", ("sitf", {}, []), ("sitf", dict(head=35, rua=160, rfa=-160), []))
frames("warm-pack-neck", ("sit", HANDS_LAP, ["warmth"]), ("sit", HANDS_LAP, ["warmth", "breath_out", "closed_eyes"]))
frames("shoulder-rolls", ("stand", {}, []), ("stand", dict(lua=-20, rua=20, hip=(60, 58)), []))
frames("cross-body-shoulder", ("stand", {}, []), ("stand", dict(rua=-80, rfa=-80, lua=-40, lfa=40), []))
frames("ball-shoulder-wall", ("wall", LEAN_WALL, ["ball_back"]), ("wall", dict(LEAN_WALL, torso=190), ["ball_back"]))
frames("towel-shoulder-stretch", ("stand", dict(lua=-160, lfa=10, rua=20, rfa=-10), ["strap"]), ("stand", dict(lua=-165, lfa=20, rua=10, rfa=-30), ["strap"]))
frames("wall-angels", ("wall", dict(hip=(40, 60), lua=-90, lfa=-170, rua=90, rfa=170), []), ("wall", dict(hip=(40, 60), **ARMS_UP), []))
frames("shoulder-shrugs", ("sitf", {}, []), ("sitf", dict(hip=(52, 70)), ["breath_in"]), ("sitf", {}, ["breath_out"]))
frames("ball-upper-back-wall", ("wall", LEAN_WALL, ["ball_back"]), ("wall", dict(LEAN_WALL, hip=(44, 66)), ["ball_back"]))
frames("ball-back-chair", ("sit", dict(HANDS_LAP, hip=(50, 72), torso=185), ["ball_back"]), ("sit", dict(HANDS_LAP, hip=(50, 70), torso=187), ["ball_back"]))
frames("ball-upper-back-floor", ("lie", dict(lth=140, lsh=40, rth=140, rsh=40), ["ball_chest"]), ("lie", dict(lth=140, lsh=40, rth=140, rsh=40, hip=(66, 87)), ["ball_chest"]))
frames("foam-roller-upper-back", ("lie", dict(hip=(66, 88), lua=-160, lfa=-200), ["roller_back"]), ("lie", dict(hip=(58, 86), torso=-80, lua=-160, lfa=-200), ["roller_back"]))
frames("seated-cat-cow", ("sit", dict(HANDS_KNEES, torso=165, head=-15), []), ("sit", dict(HANDS_KNEES, torso=195, head=25), []))
frames("seated-twist", ("sitf", {}, []), ("sitf", dict(lua=60, lfa=100, rua=-30, rfa=-60), ["arrows_turn"]))
frames("shoulder-blade-squeeze", ("sitf", dict(lua=-40, lfa=40, rua=40, rfa=-40), []), ("sitf", dict(lua=-60, lfa=30, rua=60, rfa=-30), []))
frames("foam-roller-chest-opener", ("lie", dict(hip=(66, 84), lth=140, lsh=40, rth=140, rsh=40), ["roller_back"]), ("lie", dict(hip=(66, 84), lth=140, lsh=40, rth=140, rsh=40, lua=-170, lfa=-150, rua=175, rfa=-160), ["roller_back"]))
frames("standing-back-extension", ("stand", dict(lua=-30, lfa=20, rua=30, rfa=-20), []), ("stand", dict(torso=165, head=-10, lua=-30, lfa=20, rua=30, rfa=-20), []))
frames("knees-to-chest", ("lie", dict(lth=140, lsh=40, rth=140, rsh=40), []), ("lie", dict(lth=160, lsh=220, rth=160, rsh=220, rua=140, rfa=170), []))
frames("seated-forward-fold", ("sit", HANDS_KNEES, []), ("sit", dict(torso=120, head=10, lua=0, lfa=0, rua=0, rfa=0), []))
frames("ball-glutes-wall", ("wall", LEAN_WALL, ["ball_hip"]), ("wall", dict(LEAN_WALL, hip=(44, 64), lth=-20, rth=20), ["ball_hip"]))
frames("pelvic-tilts", ("lie", dict(lth=140, lsh=40, rth=140, rsh=40), []), ("lie", dict(lth=140, lsh=40, rth=140, rsh=40, hip=(66, 87), torso=-95), []))
frames("standing-side-bend", ("stand", dict(torso=180, **ARMS_UP), []), ("stand", dict(torso=200, lua=-40, lfa=-20, rua=-165, rfa=-150), []), ("stand", dict(torso=160, rua=40, rfa=20, lua=165, lfa=150), []))
frames("doorway-chest-stretch", ("stand", dict(lua=-90, lfa=-180, rua=90, rfa=180), ["door"]), ("stand", dict(lua=-80, lfa=-170, rua=80, rfa=170, hip=(60, 62)), ["door"]))
frames("elbows-wide-opener", ("sitf", dict(lua=-150, lfa=110, rua=150, rfa=-110), []), ("sitf", dict(lua=-105, lfa=140, rua=105, rfa=-140, head=0), []))
frames("ball-chest-wall", ("wall", dict(hip=(40, 60), torso=176, lua=20, lfa=30, rua=30, rfa=60), ["ball_chest"]), ("wall", dict(hip=(42, 60), torso=174, lua=20, lfa=30, rua=30, rfa=60), ["ball_chest"]))
frames("clasped-hands-behind", ("stand", {}, []), ("stand", dict(lua=20, lfa=-20, rua=-20, rfa=20, head=-10), []))
frames("standing-hip-opener", ("stand", dict(lth=20, lsh=0, rth=-30, rsh=-10), []), ("stand", dict(hip=(60, 66), lth=40, lsh=0, rth=-40, rsh=-60), []))
frames("seated-figure-four", ("sit", HANDS_KNEES, []), ("sit", dict(HANDS_KNEES, rth=70, rsh=100, torso=170), []))
frames("hip-circles", ("stand", dict(lua=-40, lfa=40, rua=40, rfa=-40), []), ("stand", dict(hip=(64, 60), lua=-40, lfa=40, rua=40, rfa=-40), []), ("stand", dict(hip=(56, 60), lua=-40, lfa=40, rua=40, rfa=-40), []))
frames("foam-roller-glutes", ("lie", dict(torso=-130, hip=(60, 84), lua=-30, lfa=-10, lth=60, lsh=0, rth=60, rsh=0), ["roller_hip"]), ("lie", dict(torso=-130, hip=(64, 84), lua=-30, lfa=-10, lth=60, lsh=0, rth=60, rsh=0), ["roller_hip"]))
frames("sit-to-stand", ("sit", dict(ARMS_SIDE, lua=-20, lfa=-20, rua=20, rfa=20), []), ("stand", dict(hip=(55, 60), lua=-20, lfa=-20, rua=20, rfa=20), []))
frames("wrist-flexor-stretch", ("sit", dict(lua=10, lfa=90, rua=80, rfa=90), []), ("sit", dict(lua=50, lfa=80, rua=85, rfa=95), []))
frames("wrist-extensor-stretch", ("sit", dict(lua=10, lfa=90, rua=80, rfa=80), []), ("sit", dict(lua=50, lfa=85, rua=85, rfa=85), []))
frames("wrist-circles", ("sitf", dict(lua=30, lfa=120, rua=30, rfa=60), []), ("sitf", dict(lua=30, lfa=60, rua=30, rfa=120), []))
frames("ball-forearm-desk", ("sit", dict(lua=10, lfa=90, rua=40, rfa=90), ["ball_hand"]), ("sit", dict(lua=10, lfa=90, rua=30, rfa=95), ["ball_hand"]))
frames("prayer-stretch", ("stand", dict(lua=-40, lfa=-150, rua=40, rfa=150), []), ("stand", dict(lua=-30, lfa=-120, rua=30, rfa=120, hip=(60, 61)), []))
frames("calf-raises", ("stand", {}, []), ("stand", dict(hip=(60, 55)), []))
frames("wall-calf-stretch", ("wall", dict(hip=(50, 60), torso=200, lua=-120, lfa=-110, rua=-110, rfa=-100, lth=-20, lsh=-10, rth=25, rsh=25), []), ("wall", dict(hip=(52, 62), torso=205, lua=-120, lfa=-110, rua=-110, rfa=-100, lth=-30, lsh=0, rth=30, rsh=30), []))
frames("standing-quad-stretch", ("stand", {}, []), ("stand", dict(rth=10, rsh=170, rua=10, rfa=40, lua=-90, lfa=-90), []))
frames("seated-hamstring-stretch", ("sit", dict(HANDS_KNEES, rsh=80), []), ("sit", dict(torso=150, rsh=80, lua=30, lfa=60, rua=40, rfa=70), []))
frames("ankle-circles", ("sit", dict(HANDS_LAP, rsh=60), []), ("sit", dict(HANDS_LAP, rsh=40), []), ("sit", dict(HANDS_LAP, rsh=75), []))
frames("foam-roller-calves", ("lie", dict(torso=-120, hip=(56, 86), lua=-10, lfa=-10, lth=85, lsh=90, rth=85, rsh=90), ["roller_legs"]), ("lie", dict(torso=-120, hip=(50, 86), lua=-10, lfa=-10, lth=85, lsh=90, rth=85, rsh=90), ["roller_legs"]))
frames("ball-foot-roll", ("sit", dict(HANDS_LAP, rsh=20), ["ball_foot"]), ("sit", dict(HANDS_LAP, rsh=-5), ["ball_foot"]))
frames("eyes-20-20-20", ("sit", HANDS_LAP, ["screen"]), ("sit", dict(HANDS_LAP, head=-15), ["far"]))
frames("eyes-palming", ("sitf", {}, []), ("sitf", HANDS_EYES, ["closed_eyes"]))
frames("eyes-focus-shift", ("sit", dict(lua=80, lfa=120, rua=80, rfa=120), ["near"]), ("sit", dict(lua=80, lfa=120, rua=80, rfa=120), ["far"]))
frames("eyes-slow-blinks", ("sit", HANDS_LAP, []), ("sit", HANDS_LAP, ["closed_eyes"]))
frames("walk-and-water", ("stand", dict(lth=-25, lsh=-15, rth=20, rsh=5, lua=20, rua=-20), []), ("stand", dict(rua=20, rfa=150), ["glass"]))
frames("take-the-stairs", ("stand", dict(hip=(60, 52), lth=-20, lsh=0, rth=60, rsh=0), ["steps"]), ("stand", dict(hip=(66, 48), lth=40, lsh=0, rth=-10, rsh=0), ["steps"]))
frames("overhead-reach", ("stand", {}, []), ("stand", dict(ARMS_UP, hip=(60, 58)), []))
frames("walk-to-a-window", ("stand", dict(lth=-25, lsh=-15, rth=20, rsh=5, lua=20, rua=-20), []), ("stand", {}, ["far"]))
frames("march-in-place", ("stand", dict(lth=80, lsh=0, lua=30, rua=-30), []), ("stand", dict(rth=-80, rsh=0, lua=-30, rua=30), []))
frames("box-breathing", ("sit", HANDS_LAP, ["breath_in"]), ("sit", HANDS_LAP, []), ("sit", HANDS_LAP, ["breath_out"]), ("sit", HANDS_LAP, []))
frames("belly-breathing", ("sit", dict(lua=10, lfa=80, rua=20, rfa=110), ["breath_in"]), ("sit", dict(lua=10, lfa=80, rua=20, rfa=110), ["breath_out"]))
frames("long-exhale", ("sit", HANDS_LAP, ["breath_in"]), ("sit", HANDS_LAP, ["breath_out", "closed_eyes"]))
frames("breathe-and-drop-shoulders", ("sitf", dict(hip=(52, 70)), ["breath_in"]), ("sitf", {}, ["breath_out"]))
frames("posture-reset", ("sit", dict(HANDS_LAP, torso=165, head=15), []), ("sit", HANDS_LAP, []))
frames("screen-height-check", ("sit", dict(HANDS_LAP, head=20), ["screen"]), ("sit", HANDS_LAP, ["screen"]))
frames("change-position", ("sit", HANDS_LAP, []), ("stand", dict(hip=(55, 60)), []))
frames("feet-and-chair-check", ("sit", dict(HANDS_LAP, rsh=30, lsh=30), []), ("sit", HANDS_LAP, []))
frames("glass-of-water", ("stand", {}, []), ("stand", dict(rua=20, rfa=150), ["glass"]))
frames("refill-your-bottle", ("stand", dict(lth=-25, lsh=-15, rth=20, rsh=5, lua=20, rua=-20), []), ("stand", dict(rua=30, rfa=60), ["glass"]))
frames("water-and-shoulder-rolls", ("sit", dict(lua=10, lfa=90, rua=20, rfa=150), ["glass"]), ("sit", dict(HANDS_LAP, hip=(52, 70)), []))


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "assets", "exercises")
    out = os.path.join(root, "illustrations")
    os.makedirs(out, exist_ok=True)
    wanted = sys.argv[1:] or sorted(F)
    for exercise_id in wanted:
        for i, (scene, pose, prop_names) in enumerate(F[exercise_id], start=1):
            title = f"{exercise_id}, frame {i}"
            with open(os.path.join(out, f"{exercise_id}-{i}.svg"), "w") as f:
                f.write(svg(scene, pose, prop_names, title))
    print(f"{sum(len(F[e]) for e in wanted)} frames for {len(wanted)} exercises in {out}")


if __name__ == "__main__":
    main()
