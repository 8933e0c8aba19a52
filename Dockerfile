# dlp-gateway: outbound DLP SMTP gateway
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY bin ./bin
# The build reads these too: it prebuilds the validated policies, term dictionaries and name weights.
COPY policies ./policies
COPY dictionaries ./dictionaries
COPY models ./models
RUN npm ci && npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    MALLOC_MMAP_THRESHOLD_=131072 \
    DLP_DATA_DIR=/var/lib/dlp-gateway \
    DLP_SMTP_HOST=0.0.0.0 \
    DLP_WEB_HOST=0.0.0.0
# The web UI listens on all interfaces here, so links in notices need the address people open:
# give it at run time, e.g. `-e DLP_WEB_BASE_URL=https://dlp.example.co.jp` (the gateway refuses
# to start, exit 2, without it).
WORKDIR /app
# 7z archives are read with Debian's 7z (p7zip-full) as a subprocess.
RUN apt-get update && apt-get install -y --no-install-recommends p7zip-full && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY bin ./bin
COPY package.json ./
COPY policies ./policies
COPY dictionaries ./dictionaries
COPY models ./models
COPY config/gateway.example.yaml ./config/gateway.example.yaml
RUN groupadd --system dlp && useradd --system --gid dlp --home-dir /var/lib/dlp-gateway dlp \
    && mkdir -p /var/lib/dlp-gateway && chown dlp:dlp /var/lib/dlp-gateway
USER dlp
VOLUME ["/var/lib/dlp-gateway"]
# 2525 SMTP (smart host), 8025 web UI / API / metrics
EXPOSE 2525 8025
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:8025/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# A 4 MiB semi-space keeps the SMTP thread's young generation at ~12 MiB instead of up to 48 (no
# measurable CPU cost; the scan workers set their own limits), and a heap that grows by half its
# live size between full collections instead of up to four times it keeps ~40 MiB less garbage
# under steady load. Same flags as `npm start` and the bin script (README: Build and start-up).
ENTRYPOINT ["node", "--max-semi-space-size=4", "--heap-growing-percent=50", "bin/dlp-gateway.js"]
CMD ["serve"]
