//! Static files: `/pkg` (the wasm, its JS and the stylesheet) and the files of `public/`, served
//! from the site folder by a file service, outside the session, login and page layers that every
//! other request goes through (a stylesheet needs no session lookup).
//!
//! - Compressed variants (`.br`, `.gz`) are written beside each file once per build, at start, and
//!   served to clients that accept them.
//! - Hashed file names (cargo-leptos `hash-files`) never change content: `immutable`, one year.
//! - Everything else revalidates: an `ETag` from size and modification time, `304` on a match.

use axum::extract::Request;
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;
use tower_http::services::{ServeDir, ServeFile};

/// Files smaller than this are sent as they are: compression would save less than a packet.
const COMPRESS_FROM_BYTES: u64 = 1024;

/// The router for the site's static files; `site_root` is cargo-leptos' output folder.
pub fn router(site_root: &Path, pkg_dir: &str) -> Router {
    let pkg = ServeDir::new(site_root.join(pkg_dir))
        .precompressed_br()
        .precompressed_gzip();
    let mut router = Router::new().nest_service(&format!("/{pkg_dir}"), pkg);
    // The copies of `public/` at the site root, each under its own name.
    for (name, path) in public_files(site_root, pkg_dir) {
        router = router.route_service(
            &format!("/{name}"),
            ServeFile::new(path).precompressed_br().precompressed_gzip(),
        );
    }
    router.layer(axum::middleware::from_fn(cache_policy))
}

fn public_files(site_root: &Path, pkg_dir: &str) -> Vec<(String, PathBuf)> {
    let Ok(entries) = std::fs::read_dir(site_root) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| {
            let name = e.file_name().into_string().ok()?;
            let variant = name.ends_with(".br") || name.ends_with(".gz");
            (!variant && name != pkg_dir).then(|| (name, e.path()))
        })
        .collect()
}

/// Whether a file name carries a content hash (`jobintel.AbCd…xyz.css`): a segment between dots
/// of 16 or more URL-safe base64 characters.
fn is_hashed(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let segments: Vec<&str> = name.split('.').collect();
    segments.len() >= 3
        && segments[1..segments.len() - 1].iter().any(|s| {
            s.len() >= 16
                && s.chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
}

/// `Cache-Control`, `ETag` and `If-None-Match` for the file service's answers.
async fn cache_policy(req: Request, next: Next) -> Response {
    let hashed = is_hashed(req.uri().path());
    let if_none_match = req.headers().get(header::IF_NONE_MATCH).cloned();
    let mut res = next.run(req).await;
    if !res.status().is_success() {
        return res;
    }
    if hashed {
        res.headers_mut().insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
        return res;
    }
    res.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    let Some(etag) = etag(&res) else {
        return res;
    };
    if if_none_match.is_some_and(|v| v.as_bytes() == etag.as_bytes()) {
        // The body is dropped unread: a match costs a stat, not a file read.
        let mut not_modified = StatusCode::NOT_MODIFIED.into_response();
        not_modified.headers_mut().insert(header::ETAG, etag);
        not_modified
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        return not_modified;
    }
    res.headers_mut().insert(header::ETAG, etag);
    res
}

/// A weak validator from what the file service already knows: size, modification time and the
/// encoding (a compressed variant is another representation).
fn etag(res: &Response) -> Option<HeaderValue> {
    let h = res.headers();
    let len = h.get(header::CONTENT_LENGTH)?.to_str().ok()?;
    let modified = h.get(header::LAST_MODIFIED)?.to_str().ok()?;
    let encoding = h
        .get(header::CONTENT_ENCODING)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("identity");
    // "Sun, 29 Nov 2026 21:18:05 GMT" → "Sun29Nov2026211805GMT": only characters an ETag allows.
    let stamp: String = modified
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect();
    HeaderValue::from_str(&format!("W/\"{len}-{stamp}-{encoding}\"")).ok()
}

/// Writes `.br` and `.gz` beside every compressible file of the site that has none, or an older
/// one, so the file service can send them. Run once at start on the blocking pool; each variant is
/// written to a temporary name and renamed, so a request never sees half a file.
pub fn precompress(site_root: &Path) -> std::io::Result<usize> {
    let mut files = Vec::new();
    let mut dirs = vec![site_root.to_path_buf()];
    while let Some(dir) = dirs.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                dirs.push(path);
            } else {
                files.push((path, meta));
            }
        }
    }
    // Small files first: the stylesheet and the JS are ready long before a debug wasm.
    files.sort_by_key(|(_, meta)| meta.len());
    let mut written = 0;
    for (path, meta) in files {
        {
            let compressible = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                matches!(e, "js" | "css" | "wasm" | "html" | "svg" | "json" | "txt")
            });
            if !compressible || meta.len() < COMPRESS_FROM_BYTES {
                continue;
            }
            let source_time = meta.modified().unwrap_or(UNIX_EPOCH);
            for (suffix, compress) in [
                ("br", brotli_bytes as fn(&[u8]) -> std::io::Result<Vec<u8>>),
                ("gz", gzip_bytes),
            ] {
                let variant = PathBuf::from(format!("{}.{suffix}", path.display()));
                let fresh = std::fs::metadata(&variant)
                    .and_then(|m| m.modified())
                    .is_ok_and(|t| t >= source_time);
                if fresh {
                    continue;
                }
                let bytes = std::fs::read(&path)?;
                let packed = compress(&bytes)?;
                let tmp = PathBuf::from(format!("{}.tmp", variant.display()));
                std::fs::write(&tmp, packed)?;
                std::fs::rename(&tmp, &variant)?;
                written += 1;
            }
        }
    }
    Ok(written)
}

fn gzip_bytes(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    enc.finish()
}

fn brotli_bytes(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        // The best setting takes tens of seconds on a debug wasm of several MB, for about 5% less.
        quality: if bytes.len() > 1 << 20 { 9 } else { 11 },
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_told_from_plain_ones() {
        assert!(is_hashed("/pkg/jobintel.Zk3nQ1x-AbCdEfGhIjKlMn.css"));
        assert!(is_hashed("/pkg/jobintel_bg.Zk3nQ1x_AbCdEfGhIjKlMn.wasm"));
        assert!(!is_hashed("/pkg/jobintel.css"));
        assert!(!is_hashed("/pkg/jobintel_bg.wasm.d.ts"));
        assert!(!is_hashed("/favicon.png"));
    }

    async fn get(router: &Router, path: &str, headers: &[(&str, &str)]) -> Response {
        use tower::ServiceExt;
        let mut req = axum::http::Request::get(path);
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        router
            .clone()
            .oneshot(req.body(axum::body::Body::empty()).unwrap())
            .await
            .unwrap()
    }

    #[tokio::test]
    async fn hashed_files_are_immutable_compressed_and_plain_files_revalidate() {
        let site = tempfile::tempdir().unwrap();
        std::fs::create_dir(site.path().join("pkg")).unwrap();
        let css = "main { margin: 0 auto; }\n".repeat(100);
        let hashed = "/pkg/app.AbCdEfGhIjKlMnOpQrStUv.css";
        std::fs::write(site.path().join(&hashed[1..]), &css).unwrap();
        std::fs::write(site.path().join("favicon.png"), [137u8, 80, 78, 71]).unwrap();
        precompress(site.path()).unwrap();
        let router = router(site.path(), "pkg");

        let res = get(&router, hashed, &[("accept-encoding", "gzip, br")]).await;
        assert_eq!(res.status(), StatusCode::OK);
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "br");
        assert_eq!(
            res.headers()[header::CACHE_CONTROL],
            "public, max-age=31536000, immutable"
        );
        let res = get(&router, hashed, &[("accept-encoding", "gzip")]).await;
        assert_eq!(res.headers()[header::CONTENT_ENCODING], "gzip");
        let res = get(&router, hashed, &[]).await;
        assert!(res.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(
            res.headers()[header::CONTENT_LENGTH],
            css.len().to_string().as_str()
        );

        let res = get(&router, "/favicon.png", &[]).await;
        assert_eq!(res.headers()[header::CACHE_CONTROL], "no-cache");
        let tag = res.headers()[header::ETAG].to_str().unwrap().to_string();
        let res = get(&router, "/favicon.png", &[("if-none-match", &tag)]).await;
        assert_eq!(res.status(), StatusCode::NOT_MODIFIED);
        let res = get(&router, "/favicon.png", &[("if-none-match", "W/\"other\"")]).await;
        assert_eq!(res.status(), StatusCode::OK);

        assert_eq!(
            get(&router, "/pkg/../favicon.png", &[]).await.status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            get(&router, "/pkg/missing.css", &[]).await.status(),
            StatusCode::NOT_FOUND
        );
    }

    #[test]
    fn compressed_variants_are_written_once_and_decode_to_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let css = dir.path().join("site.css");
        let body = "body { color: #123456; }\n".repeat(200);
        std::fs::write(&css, &body).unwrap();
        std::fs::write(dir.path().join("tiny.js"), "let a = 1;").unwrap();
        assert_eq!(
            precompress(dir.path()).unwrap(),
            2,
            "br and gz for the one large file"
        );
        assert_eq!(
            precompress(dir.path()).unwrap(),
            0,
            "fresh variants are kept"
        );

        let gz = std::fs::read(dir.path().join("site.css.gz")).unwrap();
        let mut plain = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut plain)
            .unwrap();
        assert_eq!(plain, body);
        let br = std::fs::read(dir.path().join("site.css.br")).unwrap();
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut plain).unwrap();
        assert_eq!(plain, body.as_bytes());
        assert!(br.len() < body.len() / 10, "it compresses");
        assert!(!dir.path().join("tiny.js.gz").exists());
    }
}
