//! Integration tests of the pure core, config loading and the history store: whole
//! simulated workdays, clock trouble, DST, and properties over random activity.

mod body;
mod config_load;
mod context;
mod exercises;
mod fuzz;
mod history_store;
mod holds;
mod insist;
mod meeting_days;
mod meetings;
mod properties;
mod report;
mod scheduler;
mod standing;
mod support;
mod variety;
mod workday;
