//! The daemon's engine in-process: a real `Engine` with in-memory fakes for every
//! capability, a clock the story moves and a history in a temporary folder. Whole stories
//! run in milliseconds, with no X server and no bus; the adapters keep their real-parts
//! tests in `tests/daemon`.

mod fakes;
mod fetch;
mod insist;
mod language;
mod meetings;
mod protocol;
mod standing;
mod stories;
mod story;
mod window_answers;
