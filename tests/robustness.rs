//! Property tests: any input, however odd, gives a deck and questions without
//! a panic, and every byte range lands on a char boundary inside its text.
#![cfg(not(target_arch = "wasm32"))]

use factquiz::deck::Deck;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// Pieces that stress the segmenter and the extractor.
const PIECES: &[&str] = &[
    "The ",
    "U.S. ",
    "Gen. ",
    "a.m. ",
    "3.5 ",
    "1,200 ",
    "between 4 and 5 ",
    "“quoted.” ",
    "— ",
    "al-",
    "ISIS-K ",
    "(",
    ")",
    "[link](#) ",
    "[",
    "]",
    "\n",
    "\n\n",
    ". ",
    "? ",
    "! ",
    "Thursday ",
    "June 2020 ",
    "It ",
    "He ",
    "the group ",
    "عربي ",
    "שלום ",
    "中文句子。",
    "日本語、",
    "🙂 ",
    "\u{0}",
    "\u{7}",
    "\u{200b}",
    "\u{feff}",
    "e\u{301} ",
    "ﬁ ",
    "１３ ",
    "£5 ",
    "$3 million ",
    "50% ",
    "Mr. Smith said ",
    "or ",
    ", or ",
    " stands for ",
    " refers to ",
    "known as ",
    "By ",
    "| ",
    "© 2020 Foo LLC\n",
    "--\n",
    "00:00 00:00\n",
    "<p>",
    "</p>",
    "&amp;",
    "&#x41;",
    "<script>x</script>",
];

fn random_text(rng: &mut ChaCha8Rng) -> String {
    let n = (rng.next_u32() % 200) as usize;
    let mut s = String::new();
    for _ in 0..n {
        match rng.next_u32() % 4 {
            0 => {
                // an arbitrary Unicode scalar value
                let c = char::from_u32(rng.next_u32() % 0x11_0000).unwrap_or('x');
                s.push(c);
            }
            _ => s.push_str(PIECES[(rng.next_u32() as usize) % PIECES.len()]),
        }
    }
    s
}

fn assert_sound(name: &str, text: &[u8]) {
    let deck = Deck::from_files(&[(name, text)]);
    for s in &deck.sources {
        for x in &s.sentences {
            assert!(
                x.start <= x.end && x.end <= s.text.len(),
                "sentence range outside the text"
            );
            assert!(s.text.is_char_boundary(x.start) && s.text.is_char_boundary(x.end));
        }
    }
    for f in &deck.facts {
        let s = deck.source(&f.source).unwrap();
        assert!(f.answer_start <= f.answer_end && f.answer_end <= s.text.len());
        assert!(s.text.is_char_boundary(f.answer_start) && s.text.is_char_boundary(f.answer_end));
        assert!(
            f.display.is_char_boundary(f.answer_at.0) && f.display.is_char_boundary(f.answer_at.1)
        );
    }
    let _ = deck.questions(1, Some(10));
    let _ = deck.questions(2, None);
}

#[test]
fn random_documents_never_panic() {
    let mut rng = ChaCha8Rng::seed_from_u64(2024);
    for i in 0..400 {
        let t = random_text(&mut rng);
        let name = if i % 3 == 0 { "x.html" } else { "x.txt" };
        assert_sound(name, t.as_bytes());
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    for _ in 0..200 {
        let n = (rng.next_u32() % 3000) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| rng.next_u32() as u8).collect();
        assert_sound("b.txt", &bytes);
    }
}

#[test]
fn one_megabyte_line_without_punctuation() {
    let line = "word Another Name 42 ".repeat(50_000);
    assert_sound("long.txt", line.as_bytes());
}

#[test]
fn right_to_left_and_cjk_text() {
    assert_sound(
        "rtl.txt",
        "هذا نص عربي طويل بما يكفي. وهذه جملة ثانية فيها 13 كلمة.\n\nשלום עולם. זה משפט נוסף."
            .as_bytes(),
    );
    assert_sound(
        "cjk.txt",
        "東京は日本の首都である。人口は約1400万人です。\n\n北京是中国的首都。".as_bytes(),
    );
}

#[test]
fn control_characters_and_empty_input_get_messages() {
    let d = Deck::from_files(&[
        ("empty.txt", &b""[..]),
        ("bin.dat", &[0u8, 159, 146, 150, 0, 1][..]),
    ]);
    assert!(d.sources.is_empty());
    assert_eq!(d.problems.len(), 2);
    assert!(d.problems[0].message.contains("empty"));
    assert!(d.problems[1].message.contains("binary"));
    assert_sound(
        "ctl.txt",
        "A\u{1}B\u{2}C. The River Thames is 346 km long.\u{7f}".as_bytes(),
    );
}
