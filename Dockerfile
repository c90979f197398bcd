# Multi-stage build of the single jobintel binary and its static site (wasm, JS, CSS).
FROM rust:1.95-bookworm AS build
ARG CARGO_LEPTOS_VERSION=0.3.11
RUN apt-get update && apt-get install -y --no-install-recommends binaryen && rm -rf /var/lib/apt/lists/* \
 && rustup target add wasm32-unknown-unknown \
 && rustup toolchain install nightly --profile minimal \
 && cargo +nightly install cargo-leptos --version ${CARGO_LEPTOS_VERSION} --locked --features no_downloads
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
RUN cargo install wasm-bindgen-cli --version "$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
COPY . .
RUN cargo leptos build --release

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /data jobintel && mkdir -p /data && chown jobintel /data
COPY --from=build /src/target/release/jobintel /usr/local/bin/jobintel
COPY --from=build /src/target/site /srv/jobintel/site
ENV LEPTOS_SITE_ROOT=/srv/jobintel/site \
    LEPTOS_OUTPUT_NAME=jobintel \
    LEPTOS_SITE_PKG_DIR=pkg \
    LEPTOS_SITE_ADDR=0.0.0.0:3000 \
    DATABASE_URL=sqlite:///data/jobintel.db \
    APPLICATIONS_DIR=/data/applications \
    BACKUP_DIR=/data/backups \
    ENVIRONMENT=production \
    LOG_FORMAT=json
USER jobintel
WORKDIR /data
VOLUME /data
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/3000"]
ENTRYPOINT ["/usr/local/bin/jobintel"]
CMD ["serve"]
