//! The login password: argon2id hashes only, hashed and verified off the async threads (argon2 is
//! deliberately slow and would stall other requests).

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use pipeline::store::Store;
use secrecy::{ExposeSecret, SecretString};

const HASH_KEY: &str = "auth.password_hash";

#[derive(Debug, thiserror::Error)]
pub enum PasswordError {
    #[error("password hashing failed: {0}")]
    Hash(String),
    #[error(transparent)]
    Store(#[from] pipeline::Error),
}

fn salt() -> SaltString {
    let mut bytes = [0u8; 16];
    pipeline::ids::fill_random(&mut bytes);
    // 16 random bytes always encode to a valid salt.
    SaltString::encode_b64(&bytes).expect("16-byte salt encodes")
}

/// Hashes with argon2id (the crate's default algorithm and parameters).
pub async fn hash(password: SecretString) -> Result<String, PasswordError> {
    tokio::task::spawn_blocking(move || {
        Argon2::default()
            .hash_password(password.expose_secret().as_bytes(), &salt())
            .map(|h| h.to_string())
            .map_err(|e| PasswordError::Hash(e.to_string()))
    })
    .await
    .map_err(|e| PasswordError::Hash(e.to_string()))?
}

/// True when `password` matches the stored hash. A malformed hash never matches.
pub async fn verify(password: String, hash: String) -> bool {
    tokio::task::spawn_blocking(move || {
        PasswordHash::new(&hash)
            .map(|parsed| {
                Argon2::default()
                    .verify_password(password.as_bytes(), &parsed)
                    .is_ok()
            })
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// A strong random password: 20 characters from an alphabet without look-alikes (~115 bits).
pub fn generate() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut bytes = [0u8; 20];
    pipeline::ids::fill_random(&mut bytes);
    bytes
        .iter()
        .map(|b| ALPHABET[usize::from(*b) % ALPHABET.len()] as char)
        .collect()
}

/// What [`ensure`] decided.
pub struct PasswordSetup {
    pub hash: String,
    /// Set only when a password was generated now: the caller prints it once.
    pub generated: Option<String>,
}

/// Settles the login password at start: `LOGIN_PASSWORD` when set (re-hashed only if it changed),
/// else the stored hash, else a new generated password. Only the hash is ever stored.
pub async fn ensure(
    store: &dyn Store,
    configured: Option<&SecretString>,
) -> Result<PasswordSetup, PasswordError> {
    let stored = store.get_setting(HASH_KEY).await?;
    match (configured, stored) {
        (Some(pw), Some(h)) if verify(pw.expose_secret().to_string(), h.clone()).await => {
            Ok(PasswordSetup {
                hash: h,
                generated: None,
            })
        }
        (Some(pw), _) => {
            let h = hash(pw.clone()).await?;
            store.put_setting(HASH_KEY, &h).await?;
            Ok(PasswordSetup {
                hash: h,
                generated: None,
            })
        }
        (None, Some(h)) => Ok(PasswordSetup {
            hash: h,
            generated: None,
        }),
        (None, None) => {
            let pw = generate();
            let h = hash(SecretString::from(pw.clone())).await?;
            store.put_setting(HASH_KEY, &h).await?;
            Ok(PasswordSetup {
                hash: h,
                generated: Some(pw),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hash_is_argon2id_and_verifies_only_the_right_password() {
        let h = hash(SecretString::from("correct horse")).await.unwrap();
        assert!(h.starts_with("$argon2id$"));
        assert!(!h.contains("correct horse"));
        assert!(verify("correct horse".into(), h.clone()).await);
        assert!(!verify("wrong horse".into(), h).await);
        assert!(!verify("x".into(), "not a hash".into()).await);
    }

    #[test]
    fn generated_passwords_are_long_and_distinct() {
        let a = generate();
        assert_eq!(a.len(), 20);
        assert_ne!(a, generate());
    }
}
