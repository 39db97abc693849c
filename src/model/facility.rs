//! The facility's name as proposals and reports carry it (pure: the report, the
//! words of the printed proposal and the share screen's message all use it).

/// Longest facility name a proposal or report carries, in characters (a longer one
/// is kept as typed, with a message beside the field, and clipped where printed).
pub const MAX_FACILITY: usize = 60;

/// The facility name as a proposal or report carries it: trimmed, and clipped to
/// `MAX_FACILITY` characters with an ellipsis.
pub fn facility_name(typed: &str) -> String {
    let t = typed.trim();
    if t.chars().count() <= MAX_FACILITY {
        t.to_string()
    } else {
        let mut out: String = t.chars().take(MAX_FACILITY - 1).collect();
        out.push('…');
        out
    }
}
