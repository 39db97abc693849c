//! A file in UTF-8 (with or without BOM) or in Japanese Excel's Shift_JIS, and
//! full-width staff codes.

use super::*;

/// The Shift_JIS bytes of the words these tests use (Python's
/// `'…'.encode('shift_jis')`): a strict decoder of that part of Shift_JIS.
const SJIS: [(&str, &[u8]); 9] = [
    ("業務", &[0x8b, 0xc6, 0x96, 0xb1]),
    ("開始", &[0x8a, 0x4a, 0x8e, 0x6e]),
    ("終了", &[0x8f, 0x49, 0x97, 0xb9]),
    (
        "職員コード",
        &[0x90, 0x45, 0x88, 0xf5, 0x83, 0x52, 0x81, 0x5b, 0x83, 0x68],
    ),
    ("職種", &[0x90, 0x45, 0x8e, 0xed]),
    (
        "申し送り",
        &[0x90, 0x5c, 0x82, 0xb5, 0x91, 0x97, 0x82, 0xe8],
    ),
    (
        "看護職員",
        &[0x8a, 0xc5, 0x8c, 0xec, 0x90, 0x45, 0x88, 0xf5],
    ),
    ("Ａ０１", &[0x82, 0x60, 0x82, 0x4f, 0x82, 0x50]),
    (
        "電話連絡",
        &[0x93, 0x64, 0x98, 0x62, 0x98, 0x41, 0x97, 0x8d],
    ),
];

fn to_sjis(text: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if let Some((w, b)) = SJIS.iter().find(|(w, _)| rest.starts_with(w)) {
            out.extend_from_slice(b);
            rest = &rest[w.len()..];
        } else {
            assert!(c.is_ascii(), "{c} is not in the table");
            out.push(c as u8);
            rest = &rest[1..];
        }
    }
    out
}

/// A strict decoder of `bytes`, as the browser's `TextDecoder` with `fatal`:
/// UTF-8 (BOM dropped) and the Shift_JIS of `SJIS`; the encodings asked for
/// are noted in `asked`.
fn strict<'a>(
    bytes: &'a [u8],
    asked: &'a mut Vec<&'static str>,
) -> impl FnMut(&'static str) -> Option<String> + 'a {
    move |e| {
        asked.push(e);
        match e {
            "utf-8" => std::str::from_utf8(bytes)
                .ok()
                .map(|t| t.strip_prefix('\u{feff}').unwrap_or(t).to_string()),
            "shift_jis" => {
                let (mut out, mut rest) = (String::new(), bytes);
                while let Some(&b) = rest.first() {
                    if let Some((w, s)) = SJIS.iter().find(|(_, s)| rest.starts_with(s)) {
                        out.push_str(w);
                        rest = &rest[s.len()..];
                    } else if b < 0x80 {
                        out.push(char::from(b));
                        rest = &rest[1..];
                    } else {
                        return None;
                    }
                }
                Some(out)
            }
            _ => None,
        }
    }
}

fn read_bytes(bytes: &[u8]) -> (Result<String, UnknownEncoding>, Vec<&'static str>) {
    let mut asked = Vec::new();
    let r = decode(strict(bytes, &mut asked));
    (r, asked)
}

#[test]
fn a_file_is_read_in_utf8_or_shift_jis_and_else_refused() {
    let text = "業務,開始,終了,職員コード,職種\r\n\
        申し送り,2026-12-02 08:30,2026-12-02 08:40,Ａ０１,看護職員\r\n";
    // UTF-8, with or without BOM (this app's export has one): read as UTF-8.
    for bytes in [
        text.as_bytes().to_vec(),
        format!("\u{feff}{text}").into_bytes(),
    ] {
        assert_eq!(read_bytes(&bytes), (Ok(text.to_string()), vec!["utf-8"]));
    }
    assert_eq!(
        read_bytes(export(&sample()).as_bytes()).0,
        Ok(export(&sample())[3..].to_string())
    );
    // Japanese Excel's 「CSV（コンマ区切り）」: not UTF-8, so Shift_JIS.
    let sjis = to_sjis(text);
    assert!(std::str::from_utf8(&sjis).is_err());
    assert_eq!(
        read_bytes(&sjis),
        (Ok(text.to_string()), vec!["utf-8", "shift_jis"])
    );
    let mut s = Study::new("t1");
    assert_eq!(
        import(&mut s, &read_bytes(&sjis).0.unwrap()).unwrap().added,
        1
    );
    let r = &s.records[0];
    assert_eq!(
        (r.task, r.staff.as_str(), r.role),
        (Task::Handover, "A01", Role::Nurse)
    );
    // Plain ASCII is both: UTF-8 it is.
    assert_eq!(read_bytes(b"task,start\n").1, vec!["utf-8"]);
    assert_eq!(read_bytes(b"").0, Ok(String::new()));
    // UTF-16 (with a BOM, or of ASCII, which both would read, with NULs) and
    // other bytes are neither.
    let utf16 = |bom: bool, t: &str| -> Vec<u8> {
        let units = bom.then_some(0xfeff).into_iter().chain(t.encode_utf16());
        units.flat_map(u16::to_le_bytes).collect()
    };
    for bytes in [
        utf16(true, text),
        utf16(false, text),
        utf16(false, "task,start,end,staff\r\n"),
        vec![0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, b'J', b'F', b'I', b'F'],
        vec![0x82],
    ] {
        assert_eq!(read_bytes(&bytes).0, Err(UnknownEncoding), "{bytes:?}");
    }
}

#[test]
fn a_full_width_staff_code_is_the_same_person() {
    let mut s = Study::new("t1");
    s.tap("A01", Role::CareWorker, Task::Phone, at("2026-12-02 09:00"))
        .unwrap();
    s.stop("A01", at("2026-12-02 09:05")).unwrap();
    // Typed on a Japanese keyboard in Excel: full-width code, times and flag.
    let text = "業務,開始,終了,職員コード,職種,不通\n\
        電話連絡,２０２６／１２／０２　０９：１０,2026-12-02 ０９：１２,\u{3000}Ａ０１\u{3000},看護職員,１\n\
        申し送り,2026-12-02 10:00,2026-12-02 10:10,Ａ０１,ｎｕｒｓｅ,\n";
    assert_eq!(import(&mut s, text).unwrap().added, 2);
    assert!(
        s.records.iter().all(|r| r.staff == "A01"),
        "{:?}",
        s.records
    );
    let r = &s.records[1];
    assert_eq!(
        (r.start.text().as_str(), r.minutes(), r.role, r.failed),
        ("2026-12-02 09:10:00", 2.0, Role::Nurse, true)
    );
    assert_eq!(s.records[2].role, Role::Nurse);
    // The same rows in ASCII are the same records (their ids come from the content).
    let ascii = "業務,開始,終了,職員コード,職種,不通\n\
        電話連絡,2026-12-02 09:10,2026-12-02 09:12,A01,看護職員,1\n";
    let r = import(&mut s, ascii).unwrap();
    assert_eq!((r.added, r.duplicates), (0, 1));
    // And A01 timing again on the recorder is the person of the file.
    s.tap(
        "Ａ０１",
        Role::Nurse,
        Task::Handover,
        at("2026-12-02 11:00"),
    )
    .unwrap();
    s.tap("A01", Role::Nurse, Task::Handover, at("2026-12-02 11:05"))
        .unwrap();
    assert!(s.running.is_empty());
    assert_eq!(s.records.len(), 4);
}
