//! `rsvpd classify`: one raw message in, one JSON object out.

use std::io::Read;
use std::path::PathBuf;

use anyhow::Context;

use super::Failure;
use crate::reply;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Print the decision as one JSON object (the stable contract other tools read)
    #[arg(long)]
    json: bool,
    /// A message rsvpd sent this family (invitation, reminder, confirmation);
    /// its lines found in the reply count as quoted. May be repeated.
    #[arg(long, value_name = "FILE")]
    sent: Vec<PathBuf>,
    /// Also print the text that was read as the reply (`"fresh_text"`), for
    /// comparing quote stripping
    #[arg(long, hide = true)]
    fresh_text: bool,
    /// The raw message (.eml), or `-` for standard input
    #[arg(value_name = "FILE|-")]
    input: PathBuf,
}

pub fn run(args: Args) -> Result<(), Failure> {
    let raw = read_input(&args.input).map_err(Failure::Input)?;
    let mut sent = Vec::with_capacity(args.sent.len());
    for path in &args.sent {
        let bytes = std::fs::read(path)
            .with_context(|| format!("reading sent message {}", path.display()))
            .map_err(Failure::Input)?;
        sent.push(String::from_utf8_lossy(&bytes).into_owned());
    }
    let understanding = reply::understand(&raw, &sent);
    if args.json {
        let mut line = serde_json::to_string(&understanding).context("encoding the decision")?;
        if args.fresh_text && line.ends_with('}') {
            // Appended as the last key so the contract's keys keep their order.
            let fresh = serde_json::to_string(&understanding.fresh_text)
                .context("encoding the fresh text")?;
            line.pop();
            line.push_str(&format!(",\"fresh_text\":{fresh}}}"));
        }
        println!("{line}");
    } else {
        print_human(&understanding);
    }
    Ok(())
}

fn read_input(path: &std::path::Path) -> anyhow::Result<Vec<u8>> {
    let mut raw = Vec::new();
    if path.as_os_str() == "-" {
        std::io::stdin()
            .read_to_end(&mut raw)
            .context("reading the message from standard input")?;
    } else {
        raw = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    }
    if raw.iter().all(|b| b.is_ascii_whitespace()) {
        anyhow::bail!("{}: empty input, no message to read", path.display());
    }
    Ok(raw)
}

fn print_human(u: &reply::Understanding) {
    let kind = serde_json::to_value(u.kind).ok();
    let kind = kind.as_ref().and_then(|v| v.as_str()).unwrap_or("?");
    println!("kind:       {kind}");
    if let Some(answer) = u.answer {
        println!("answer:     {}", answer.as_str());
    }
    if let Some(guests) = u.guests {
        println!("guests:     {guests}");
    }
    println!("confidence: {:.2}", u.confidence);
    if let Some(note) = &u.note {
        println!("note:       {note}");
    }
    for e in &u.evidence {
        println!("evidence:   {e}");
    }
    for b in &u.bounced {
        println!("bounced:    {b}");
    }
    for m in &u.in_reply_to {
        println!("thread:     {m}");
    }
}
