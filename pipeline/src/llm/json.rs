//! Getting a JSON object out of a model's reply: as is, inside a Markdown code fence, or wrapped in
//! prose. Truncated JSON is an error (the caller asks once for a repair).

/// The first complete JSON object in `text`.
pub fn extract_object(text: &str) -> Result<serde_json::Value, String> {
    let t = text.trim();
    if let Ok(v @ serde_json::Value::Object(_)) = serde_json::from_str::<serde_json::Value>(t) {
        return Ok(v);
    }
    let bytes = t.as_bytes();
    let mut search_from = 0;
    while let Some(rel) = t[search_from..].find('{') {
        let start = search_from + rel;
        if let Some(end) = matching_brace(bytes, start) {
            if let Ok(v @ serde_json::Value::Object(_)) =
                serde_json::from_str::<serde_json::Value>(&t[start..=end])
            {
                return Ok(v);
            }
        }
        search_from = start + 1;
    }
    Err(if t.contains('{') {
        "the JSON object is incomplete (truncated?)".into()
    } else {
        "the reply holds no JSON object".into()
    })
}

/// Index of the `}` closing the `{` at `start`, honouring strings and escapes.
fn matching_brace(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate().skip(start) {
        if in_string {
            match (escaped, b) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        match b {
            b'"' => in_string = true,
            b'{' => depth += 1,
            b'}' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_fenced_and_prose_wrapped_json_parse() {
        assert_eq!(extract_object(r#"{"a":1}"#).unwrap()["a"], 1);
        assert_eq!(extract_object("```json\n{\"a\": 2}\n```").unwrap()["a"], 2);
        assert_eq!(
            extract_object("Sure! Here it is: {\"a\": {\"b\": \"}\"}} Hope it helps.").unwrap()
                ["a"]["b"],
            "}"
        );
    }

    #[test]
    fn truncated_and_missing_json_are_errors() {
        assert!(extract_object(r#"{"a": [1, 2"#)
            .unwrap_err()
            .contains("incomplete"));
        assert!(extract_object("no json here")
            .unwrap_err()
            .contains("no JSON"));
        assert!(extract_object("[1,2]").is_err());
    }
}
