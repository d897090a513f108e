//! The command line: parse, dispatch, print errors with context, exit codes.

pub fn main() -> std::process::ExitCode {
    std::process::ExitCode::SUCCESS
}
