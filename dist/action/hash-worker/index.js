import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/adapters/hashing/hash-kernel.ts
/**
 * The hashing kernel: the code that reads and hashes files, run both on the main thread and on
 * worker threads (`hash-worker.ts` is the thread's entry module). Its work is shared through a
 * SharedArrayBuffer: each participant claims units (files, or chunks of large files) with
 * `Atomics.add` on a shared counter, so a fast thread takes more and a worker that is still
 * booting takes none; results are written into the same buffer, so nothing per file crosses a
 * message port (see docs/performance.md, "Hashing").
 */


// The kernel's functions close over fs and crypto (parameters, so that they read as before the
// kernel became a module; one instance per thread, below).
function hashKernel(fs, crypto) {
    // Part of the digest definition (docs/performance.md): changing it changes digests.
    const LEAF = 8 * 1024 * 1024;
    const ROOT_TAG = 'reprokit-chunked-sha256-v1';
    // How much is read at once inside a leaf: small enough to stay in the CPU cache while hashed.
    const READ = 1024 * 1024;
    const FILES_CLAIM = 32;
    const EXPECT = 1;
    const INO32 = 2;
    const GIT_SHA1 = 4;
    const PENDING = 0;
    const HASHED = 1;
    const UNCHANGED = 2;
    const LARGE = 3;
    const FAILED = 4;
    const MASK = 7;
    const RECENT = 8;
    const RACY_NS = 1000000000n;
    const MASK32 = 0xffffffffn;
    // A small file in one read: HEAD free bytes (for git's blob header), then up to LEAF + 1.
    const HEAD = 32;
    let whole;
    let piece;
    // One-shot hashing (Node >= 20.12) saves a Hash object per small file.
    const oneShot = typeof crypto.hash === 'function'
        ? (algorithm, data) => crypto.hash(algorithm, data, 'buffer')
        : (algorithm, data) => crypto.createHash(algorithm).update(data).digest();
    function filesBytes(n) {
        return 24 + n * (32 + 32 + 4 + 1 + 1 + 32 + 20);
    }
    function filesViews(sab, n) {
        let at = 24;
        const take = (bytes) => {
            const start = at;
            at += bytes;
            return start;
        };
        return {
            ctl: new Int32Array(sab, 0, 4),
            now: new BigUint64Array(sab, 16, 1),
            expect: new BigUint64Array(sab, take(32 * n), 4 * n),
            stat: new BigUint64Array(sab, take(32 * n), 4 * n),
            mode: new Uint32Array(sab, take(4 * n), n),
            flags: new Uint8Array(sab, take(n), n),
            status: new Uint8Array(sab, take(n), n),
            digest: new Uint8Array(sab, take(32 * n), 32 * n),
            sha1: new Uint8Array(sab, take(20 * n), 20 * n),
        };
    }
    /** Records the stat; returns RECENT or 0. */
    function putStat(v, i, st, size) {
        v.stat[4 * i] = size;
        v.stat[4 * i + 1] = st.mtimeNs;
        v.stat[4 * i + 2] = st.ctimeNs;
        v.stat[4 * i + 3] = st.ino;
        v.mode[i] = Number(st.mode);
        const now = v.now[0];
        return now - st.mtimeNs < RACY_NS || now - st.ctimeNs < RACY_NS ? RECENT : 0;
    }
    function matches(v, i, st) {
        const e = v.expect;
        return (e[4 * i] === st.size &&
            e[4 * i + 1] === st.mtimeNs &&
            e[4 * i + 2] === st.ctimeNs &&
            e[4 * i + 3] === (v.flags[i] & INO32 ? st.ino & MASK32 : st.ino));
    }
    function oneFile(v, i, abs) {
        const flags = v.flags[i];
        if (flags & EXPECT) {
            let st;
            try {
                st = fs.statSync(abs, { bigint: true, throwIfNoEntry: false });
            }
            catch {
                st = undefined; // reading it will fail too, and say why
            }
            if (st && st.isFile() && matches(v, i, st))
                return UNCHANGED | putStat(v, i, st, st.size);
        }
        let fd;
        try {
            fd = fs.openSync(abs, 'r');
        }
        catch {
            return FAILED;
        }
        try {
            const st = fs.fstatSync(fd, { bigint: true });
            if (!st.isFile())
                return FAILED;
            if (st.size > BigInt(LEAF))
                return LARGE | putStat(v, i, st, st.size);
            const size = Number(st.size);
            if (!whole || whole.length < HEAD + size + 1)
                whole = Buffer.allocUnsafe(HEAD + Math.min(LEAF + 1, Math.max(size + 1, 64 * 1024, 2 * (whole?.length ?? 0))));
            // One read of size + 1 bytes: fewer means end of file (one syscall, not two). More means
            // the file grew since fstat: the caller hashes it again on its own.
            const got = fs.readSync(fd, whole, HEAD, size + 1, 0);
            if (got > size)
                return FAILED;
            v.digest.set(oneShot('sha256', whole.subarray(HEAD, HEAD + got)), 32 * i);
            if (flags & GIT_SHA1) {
                // git's blob id: SHA-1 of "blob <size>\0" + content, the header written just before it.
                const header = `blob ${got}\0`;
                whole.write(header, HEAD - header.length, 'latin1');
                v.sha1.set(oneShot('sha1', whole.subarray(HEAD - header.length, HEAD + got)), 20 * i);
            }
            return HASHED | putStat(v, i, st, BigInt(got));
        }
        catch {
            return FAILED;
        }
        finally {
            fs.closeSync(fd);
        }
    }
    function runFiles(sab, n, paths, base) {
        const v = filesViews(sab, n);
        let mine = 0;
        for (;;) {
            const from = Atomics.add(v.ctl, 0, FILES_CLAIM);
            if (from >= n)
                break;
            const to = Math.min(n, from + FILES_CLAIM);
            for (let i = from; i < to; i++)
                v.status[i] = oneFile(v, i, base + paths[i]);
            mine += to - from;
            Atomics.add(v.ctl, 1, to - from);
        }
        return mine;
    }
    function fileAt(v, i, abs) {
        v.status[i] = oneFile(v, i, abs);
    }
    function chunksBytes(units) {
        return 16 + units * 33;
    }
    function chunksViews(sab, units) {
        return {
            ctl: new Int32Array(sab, 0, 4),
            leaves: new Uint8Array(sab, 16, 32 * units),
            status: new Uint8Array(sab, 16 + 32 * units, units),
        };
    }
    /** SHA-256 of bytes [start, end) of an open file; false if the file is shorter. */
    function hashRange(fd, start, end) {
        if (!piece)
            piece = Buffer.allocUnsafe(READ);
        const h = crypto.createHash('sha256');
        let pos = start;
        while (pos < end) {
            const want = Math.min(READ, end - pos);
            const r = fs.readSync(fd, piece, 0, want, pos);
            if (r <= 0)
                return false;
            h.update(r === READ ? piece : piece.subarray(0, r));
            pos += r;
        }
        return h.digest();
    }
    function runChunks(sab, units, paths, sizes, first) {
        const v = chunksViews(sab, units);
        let mine = 0;
        let file = 0;
        let fd = -1;
        let open = -1;
        try {
            for (;;) {
                const u = Atomics.add(v.ctl, 0, 1);
                if (u >= units)
                    break;
                while (first[file + 1] <= u)
                    file++; // claims only grow: scan forward
                let ok = false;
                try {
                    if (open !== file) {
                        if (fd >= 0)
                            fs.closeSync(fd);
                        fd = -1;
                        fd = fs.openSync(paths[file], 'r');
                        open = file;
                    }
                    const start = (u - first[file]) * LEAF;
                    ok = hashRange(fd, start, Math.min(sizes[file], start + LEAF));
                }
                catch {
                    ok = false;
                }
                if (ok) {
                    v.leaves.set(ok, 32 * u);
                    v.status[u] = HASHED;
                }
                else
                    v.status[u] = FAILED;
                mine++;
                Atomics.add(v.ctl, 1, 1);
            }
        }
        finally {
            if (fd >= 0)
                fs.closeSync(fd);
        }
        return mine;
    }
    function chunkAt(sab, units, u, abs, start, end) {
        const v = chunksViews(sab, units);
        let leaf = false;
        try {
            const fd = fs.openSync(abs, 'r');
            try {
                leaf = hashRange(fd, start, end);
            }
            finally {
                fs.closeSync(fd);
            }
        }
        catch {
            leaf = false;
        }
        if (leaf)
            v.leaves.set(leaf, 32 * u);
        v.status[u] = leaf ? HASHED : FAILED;
    }
    function chunkedRoot(size, leaves) {
        const header = Buffer.alloc(ROOT_TAG.length + 1 + 8 + 4);
        header.write(ROOT_TAG, 0, 'latin1');
        header.writeBigUInt64BE(BigInt(size), ROOT_TAG.length + 1);
        header.writeUInt32BE(LEAF, ROOT_TAG.length + 9);
        return crypto.createHash('sha512-256').update(header).update(leaves).digest('hex');
    }
    function digestFileSync(abs) {
        const fd = fs.openSync(abs, 'r');
        try {
            const size = Number(fs.fstatSync(fd).size);
            if (size <= LEAF) {
                const h = crypto.createHash('sha256');
                if (!piece)
                    piece = Buffer.allocUnsafe(READ);
                let got = 0;
                for (;;) {
                    const r = fs.readSync(fd, piece, 0, READ, null);
                    if (r === 0)
                        break;
                    h.update(r === READ ? piece : piece.subarray(0, r));
                    got += r;
                }
                if (got <= LEAF)
                    return { digest: h.digest('hex'), size: got };
                // Grew past a leaf while read: fall through to the chunked digest of its new size.
                return digestFileSync(abs);
            }
            const units = Math.ceil(size / LEAF);
            const leaves = new Uint8Array(32 * units);
            for (let u = 0; u < units; u++) {
                const leaf = hashRange(fd, u * LEAF, Math.min(size, (u + 1) * LEAF));
                if (!leaf)
                    throw new Error(`${abs} shrank while it was being hashed`);
                leaves.set(leaf, 32 * u);
            }
            return { digest: chunkedRoot(size, leaves), size };
        }
        finally {
            fs.closeSync(fd);
        }
    }
    return {
        leafSize: LEAF,
        flag: { EXPECT, INO32, GIT_SHA1 },
        status: { PENDING, HASHED, UNCHANGED, LARGE, FAILED, MASK, RECENT },
        filesBytes,
        filesViews,
        runFiles,
        fileAt,
        chunksBytes,
        chunksViews,
        runChunks,
        chunkAt,
        chunkedRoot,
        digestFileSync,
    };
}
/** One kernel per thread: its read buffers are reused from file to file. */
const kernel = hashKernel(external_node_fs_namespaceObject, external_node_crypto_namespaceObject);

;// CONCATENATED MODULE: ./src/adapters/hashing/hash-worker.ts
/**
 * The entry module of a hashing worker thread: it runs the kernel on the jobs the pool posts.
 * The bundle builds it as its own file next to the entry (`dist/cli/hash-worker/index.js`,
 * `dist/action/hash-worker/index.js`; see scripts/bundle.mjs and `hash-worker-location.ts`).
 */


function work(job) {
    try {
        if (job.type === 'files')
            kernel.runFiles(job.sab, job.n, job.paths.split('\0'), job.base);
        else
            kernel.runChunks(job.sab, job.units, job.paths, job.sizes, job.first);
        return { id: job.id };
    }
    catch (error) {
        return { id: job.id, error: String(error?.stack ?? error) };
    }
}
const port = external_node_worker_threads_namespaceObject.parentPort;
if (port)
    port.on('message', (job) => port.postMessage(work(job)));

