export const id = 415;
export const ids = [415,0];
export const modules = {

/***/ 742:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gp: () => (/* binding */ FileHasher),
  RB: () => (/* binding */ LEAF_SIZE),
  Q3: () => (/* binding */ sha256File),
  f1: () => (/* binding */ sha256Text)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/hashing/git-index-blobs.ts
/**
 * Git blob id → SHA-256 of the blob's content (and its size): what turns "git's index says this
 * tracked file holds blob X" into our digest without reading the file.
 *
 * A pair is only learned from a file this process read and hashed both ways: SHA-1 over
 * "blob <size>\0" + content equal to the index's blob id, and SHA-256 of the same bytes. So every
 * pair is a fact about content, true in any work tree and any commit; stale pairs cannot exist,
 * only unused ones. The table lives in the repository's common git directory
 * (`.git/reprokit/blob-sha256`), next to the objects it describes: it survives `rm -rf .reprokit`
 * and `git clean -xfd`, and linked work trees share it.
 */



const MAGIC = 'RKBLOB01';
const NATIVE_LE = (0,external_node_os_.endianness)() === 'LE';
const BYTE_ORDER = 0x01020304;
/** Beyond this many pairs (60 MB), a save keeps only the ones this run used or learned. */
const MAX_PAIRS = 1_000_000;
class BlobDigests {
    file;
    ids = new Uint8Array(0);
    digests = new Uint8Array(0);
    sizes = new Float64Array(0);
    used = new Uint8Array(0);
    count = 0;
    /** Open addressing on the first 4 bytes of the id; -1 = empty. */
    table = new Int32Array(0);
    dirty = false;
    /** Hex of pairs [0, hexCount): pairs are only ever appended, so it stays valid. */
    hex = '';
    hexCount = 0;
    constructor(file) {
        this.file = file;
    }
    static load(file) {
        const map = new BlobDigests(file);
        try {
            map.decode((0,external_node_fs_.readFileSync)(file));
        }
        catch {
            map.count = 0;
            map.reserve(0);
        }
        return map;
    }
    static inMemory() {
        const map = new BlobDigests(undefined);
        map.reserve(0);
        return map;
    }
    get size() {
        return this.count;
    }
    /** The pair for the 20-byte id at `ids[at..]`, or -1. */
    find(ids, at) {
        const mask = this.table.length - 1;
        if (mask < 0)
            return -1;
        for (let slot = hash(ids, at) & mask;; slot = (slot + 1) & mask) {
            const pair = this.table[slot];
            if (pair < 0)
                return -1;
            if (sameId(this.ids, 20 * pair, ids, at)) {
                this.used[pair] = 1;
                return pair;
            }
        }
    }
    blobSize(pair) {
        return this.sizes[pair];
    }
    digest(pair) {
        if (pair < this.hexCount)
            return this.hex.slice(64 * pair, 64 * pair + 64);
        return Buffer.from(this.digests.buffer, this.digests.byteOffset + 32 * pair, 32).toString('hex');
    }
    /** Converts every digest to hex at once (a third of the cost of one call per pair). */
    prepareHex() {
        if (this.hexCount === this.count)
            return;
        this.hex = Buffer.from(this.digests.buffer, this.digests.byteOffset, 32 * this.count).toString('hex');
        this.hexCount = this.count;
    }
    /** Records that blob `ids[at..at+20]` has SHA-256 `digest[dat..dat+32]` and `size` bytes. */
    learn(ids, at, digest, dat, size) {
        if (this.find(ids, at) >= 0)
            return;
        this.reserve(this.count + 1);
        const pair = this.count++;
        this.ids.set(ids.subarray(at, at + 20), 20 * pair);
        this.digests.set(digest.subarray(dat, dat + 32), 32 * pair);
        this.sizes[pair] = size;
        this.used[pair] = 1;
        this.insert(pair);
        this.dirty = true;
    }
    save() {
        if (!this.file || !this.dirty)
            return;
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(tmp, this.encode());
            (0,external_node_fs_.renameSync)(tmp, this.file);
        }
        catch {
            (0,external_node_fs_.rmSync)(tmp, { force: true }); // a read-only repository: keep working without the table
        }
        this.dirty = false;
    }
    reserve(wanted) {
        if (wanted <= this.sizes.length && this.table.length > 0)
            return;
        const capacity = Math.max(1024, wanted, 2 * this.sizes.length);
        const ids = new Uint8Array(20 * capacity);
        ids.set(this.ids);
        const digests = new Uint8Array(32 * capacity);
        digests.set(this.digests);
        const sizes = new Float64Array(capacity);
        sizes.set(this.sizes);
        const used = new Uint8Array(capacity);
        used.set(this.used);
        this.ids = ids;
        this.digests = digests;
        this.sizes = sizes;
        this.used = used;
        let slots = 1;
        while (slots < 2 * capacity)
            slots *= 2;
        this.table = new Int32Array(slots).fill(-1);
        for (let pair = 0; pair < this.count; pair++)
            this.insert(pair);
    }
    insert(pair) {
        const mask = this.table.length - 1;
        let slot = hash(this.ids, 20 * pair) & mask;
        while (this.table[slot] >= 0)
            slot = (slot + 1) & mask;
        this.table[slot] = pair;
    }
    /** MAGIC, u32 byte order, u32 count; ids (20 × count), digests (32 × count), pad to 8, sizes (f64). */
    encode() {
        let keep = Array.from({ length: this.count }, (_, k) => k);
        if (keep.length > MAX_PAIRS)
            keep = keep.filter((k) => this.used[k]);
        const n = keep.length;
        const sizesAt = align8(16 + 52 * n);
        const out = Buffer.alloc(sizesAt + 8 * n);
        out.write(MAGIC, 0, 'latin1');
        const view = new DataView(out.buffer, out.byteOffset, out.length);
        view.setUint32(8, BYTE_ORDER, NATIVE_LE);
        view.setUint32(12, n, NATIVE_LE);
        keep.forEach((pair, k) => {
            out.set(this.ids.subarray(20 * pair, 20 * pair + 20), 16 + 20 * k);
            out.set(this.digests.subarray(32 * pair, 32 * pair + 32), 16 + 20 * n + 32 * k);
            view.setFloat64(sizesAt + 8 * k, this.sizes[pair], NATIVE_LE);
        });
        return out;
    }
    decode(data) {
        if (data.length < 16 || data.toString('latin1', 0, 8) !== MAGIC)
            throw new Error('format');
        const view = new DataView(data.buffer, data.byteOffset, data.length);
        if (view.getUint32(8, NATIVE_LE) !== BYTE_ORDER)
            throw new Error('byte order');
        const n = view.getUint32(12, NATIVE_LE);
        const sizesAt = align8(16 + 52 * n);
        if (data.length !== sizesAt + 8 * n)
            throw new Error('truncated');
        this.count = 0;
        this.reserve(n);
        this.ids.set(data.subarray(16, 16 + 20 * n));
        this.digests.set(data.subarray(16 + 20 * n, 16 + 52 * n));
        new Uint8Array(this.sizes.buffer, 0, 8 * n).set(data.subarray(sizesAt, sizesAt + 8 * n));
        this.count = n;
        for (let pair = 0; pair < n; pair++)
            this.insert(pair);
    }
}
function hash(ids, at) {
    return (((ids[at] << 24) |
        (ids[at + 1] << 16) |
        (ids[at + 2] << 8) |
        ids[at + 3]) >>>
        0);
}
function sameId(a, at, b, bt) {
    for (let k = 0; k < 20; k++)
        if (a[at + k] !== b[bt + k])
            return false;
    return true;
}
function align8(n) {
    return (n + 7) & ~7;
}

;// CONCATENATED MODULE: ./src/adapters/hashing/git-index-trees.ts
/**
 * Content key of a tracked directory → its tree digest: what lets a directory git finds clean
 * be answered without a lookup per file (docs/performance.md, "Tracked directories").
 *
 * The key (IndexSnapshot.contentKey) covers every entry's path, blob id and size, so a pair is a
 * fact about content: true in any checkout whose entries are the same, whatever their stat. A
 * pair is only learned from blob digests that were themselves learned by hashing
 * (git-index-blobs.ts). The table lives beside the blob digests (`.git/reprokit/tree-sha256`), a
 * few lines per directory state, the newest kept.
 */


const HEADER = 'reprokit tree-sha256 v1';
/** Directory states kept (each line is 130 bytes). */
const MAX_TREES = 4096;
const LINE = /^([0-9a-f]{64}) ([0-9a-f]{64})$/;
class TreeDigests {
    file;
    /** Oldest learned first (a Map keeps insertion order): a save drops the oldest. */
    pairs = new Map();
    dirty = false;
    constructor(file) {
        this.file = file;
    }
    static load(file) {
        const table = new TreeDigests(file);
        let text = '';
        try {
            text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        }
        catch {
            return table; // none yet
        }
        const lines = text.split('\n');
        if (lines[0] !== HEADER)
            return table; // another format: start over
        for (const line of lines.slice(1)) {
            const pair = LINE.exec(line);
            if (pair)
                table.pairs.set(pair[1], pair[2]);
        }
        return table;
    }
    static inMemory() {
        return new TreeDigests(undefined);
    }
    get size() {
        return this.pairs.size;
    }
    find(key) {
        return this.pairs.get(key);
    }
    learn(key, digest) {
        this.pairs.delete(key);
        this.pairs.set(key, digest);
        this.dirty = true;
    }
    save() {
        if (!this.file || !this.dirty)
            return;
        const kept = [...this.pairs].slice(-MAX_TREES);
        const text = `${HEADER}\n${kept.map(([key, digest]) => `${key} ${digest}\n`).join('')}`;
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.file), { recursive: true });
            (0,external_node_fs_.writeFileSync)(tmp, text);
            (0,external_node_fs_.renameSync)(tmp, this.file);
        }
        catch {
            (0,external_node_fs_.rmSync)(tmp, { force: true }); // a read-only repository: keep working without the table
        }
        this.dirty = false;
    }
}

;// CONCATENATED MODULE: ./src/adapters/hashing/git-index.ts
/**
 * Reads git's index (`.git/index`) to learn, without reading a tracked file, which blob it holds:
 * the index records each tracked file's blob id with the stat data (mtime, ctime, inode, size)
 * the file had when git last verified it. When the file's stat still equals that record, and the
 * record is not "racily clean", the file still holds the blob (the rule `git status` relies on).
 *
 * Git's blob id is SHA-1 over "blob <size>\0" + content, not our SHA-256 of the content; the
 * translation comes from `BlobDigests` (git-index-blobs.ts), which only holds pairs it verified
 * by hashing the content both ways. docs/performance.md ("Git index") explains why and the limits.
 *
 * Supported: index versions 2, 3 and 4, SHA-1 repositories, plain and linked work trees. A split
 * index, a SHA-256 repository or anything unexpected makes `snapshot()` return undefined: the
 * caller then hashes every file, which is always correct.
 */






/** Finds the git work tree holding `root`, as git does (nearest `.git` upwards). */
function locateGit(root) {
    let real;
    try {
        real = (0,external_node_fs_.realpathSync)(root);
    }
    catch {
        return undefined;
    }
    for (let dir = real;; dir = (0,external_node_path_.dirname)(dir)) {
        const dotGit = (0,external_node_path_.join)(dir, '.git');
        let gitDir;
        try {
            const st = (0,external_node_fs_.lstatSync)(dotGit);
            if (st.isDirectory())
                gitDir = dotGit;
            else if (st.isFile()) {
                const line = /^gitdir: (.+)$/m.exec((0,external_node_fs_.readFileSync)(dotGit, 'utf8'));
                if (line)
                    gitDir = (0,external_node_path_.resolve)(dir, line[1].trim());
            }
        }
        catch {
            // no .git here
        }
        if (gitDir) {
            let commonDir = gitDir;
            try {
                commonDir = (0,external_node_path_.resolve)(gitDir, (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(gitDir, 'commondir'), 'utf8').trim());
            }
            catch {
                // not a linked work tree
            }
            const rel = (0,external_node_path_.relative)(dir, real).split(external_node_path_.sep).join('/');
            return { top: dir, gitDir, commonDir, prefix: rel === '' ? '' : `${rel}/` };
        }
        if ((0,external_node_path_.dirname)(dir) === dir)
            return undefined;
    }
}
const ENTRY_FIXED = 62;
const FLAG_ASSUME_VALID = 0x8000;
const FLAG_EXTENDED = 0x4000;
const FLAG_STAGE = 0x3000;
const EXT_SKIP_WORKTREE = 0x4000;
const EXT_INTENT_TO_ADD = 0x2000;
const MODE_TYPE = 0o170000;
const MODE_REGULAR = 0o100000;
const NS = 1000000000n;
/** Left-out entries (symlinks, submodules…) kept by path; beyond this, none is vouched for. */
const MAX_LEFT_OUT = 4096;
/** A path's last part that makes its directory's attributes matter: `/.gitattributes`. */
const ATTRIBUTES = Buffer.from('/.gitattributes');
/**
 * One read of the index: tracked regular files under the project, by project-relative path.
 * Paths stay bytes (no string per entry); lookups compare a path's UTF-8 bytes with them, in
 * git's order (bytewise).
 */
class IndexSnapshot {
    data;
    names;
    starts;
    ends;
    offsets;
    indexMtimeNs;
    leftOut;
    constructor(
    /** The whole index file. */
    data, 
    /** Where the paths' bytes are: `data` (index versions 2 and 3) or a copy (version 4). */
    names, 
    /** Project-relative path k is names[starts[k] .. ends[k]), in git's order. */
    starts, ends, 
    /** The offset in `data` of entry k. */
    offsets, 
    /** The index file's mtime: entries modified at or after it are "racily clean". */
    indexMtimeNs, 
    /**
     * Project-relative paths of the entries under the project this snapshot leaves out (not a
     * regular file, or not checked by stat: symlinks, submodules, conflicts, skip-worktree,
     * assume-unchanged, intent-to-add); undefined when there were too many to keep.
     */
    leftOut = []) {
        this.data = data;
        this.names = names;
        this.starts = starts;
        this.ends = ends;
        this.offsets = offsets;
        this.indexMtimeNs = indexMtimeNs;
        this.leftOut = leftOut;
    }
    get size() {
        return this.offsets.length;
    }
    /** The entry of a tracked file that git checks by stat, or -1. */
    find(path) {
        const k = this.search(path, 0);
        return k < this.size && this.compare(path, k) === 0 ? this.offsets[k] : -1;
    }
    /**
     * `find` for a whole batch. A sorted batch (a directory listing) is merged with the sorted
     * entries: a few comparisons per path, no binary search, no hash map.
     */
    findAll(list) {
        const found = new Int32Array(list.length).fill(-1);
        const size = this.size;
        let k = 0; // the entry after the previous path's place
        for (let i = 0; i < list.length; i++) {
            const path = list[i];
            const c = k < size ? this.compare(path, k) : -1;
            if (c === 0) {
                found[i] = this.offsets[k++];
                continue;
            }
            // Before entry k but after entry k - 1: not in the index.
            if (c < 0 && (k === 0 || this.compare(path, k - 1) > 0))
                continue;
            k = this.search(path, c > 0 ? k + 1 : 0);
            if (k < size && this.compare(path, k) === 0)
                found[i] = this.offsets[k++];
        }
        return found;
    }
    /** First k >= from whose path is not before `path`, looking at the next few linearly first. */
    search(path, from) {
        const size = this.size;
        let k = from;
        for (const near = from + 4; k < near && k < size; k++)
            if (this.compare(path, k) <= 0)
                return k;
        let lo = k;
        let hi = size;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (this.compare(path, mid) > 0)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    }
    /** The order of `path` against path k, bytewise over UTF-8 (git's order). */
    compare(path, k) {
        const names = this.names;
        let at = this.starts[k];
        const end = this.ends[k];
        for (let j = 0; j < path.length; j++, at++) {
            const c = path.charCodeAt(j);
            if (c >= 0x80)
                return Buffer.from(path, 'utf8').compare(names, this.starts[k], end);
            if (at >= end)
                return 1;
            const b = names[at];
            if (c !== b)
                return c - b;
        }
        return at < end ? -1 : 0;
    }
    /** Offset of the entry's 20-byte blob id in `data`. */
    blobIdAt(entry) {
        return entry + 40;
    }
    /** The entry's mode says executable (100755). */
    executable(entry) {
        return (this.data.readUInt32BE(entry + 24) & 0o111) !== 0;
    }
    /** The entry was recorded with this size (mod 2^32, as git keeps it). */
    sizeIs(entry, size) {
        return this.data.readUInt32BE(entry + 36) === size % 2 ** 32;
    }
    /** Kept entries [from, to) are the tracked regular files inside `dir` (project-relative). */
    within(dir) {
        // Every path inside `dir` sorts after `dir/` and before `dir0` ('0' follows '/').
        const from = this.search(`${dir}/`, 0);
        return { from, to: this.search(`${dir}0`, from) };
    }
    /** Whether an entry inside `dir` was left out (see `leftOut`): then the entries are not all. */
    leavesOutWithin(dir) {
        if (this.leftOut === undefined)
            return true;
        const inside = `${dir}/`;
        return this.leftOut.some((path) => path.startsWith(inside));
    }
    /** Offset in `data` of kept entry k. */
    entryAt(k) {
        return this.offsets[k];
    }
    /** The project-relative path of kept entry k, from byte `skip` of it on. */
    pathAt(k, skip = 0) {
        return this.names.toString('utf8', this.starts[k] + skip, this.ends[k]);
    }
    /**
     * The directories (project-relative) of the `.gitattributes` files among entries [from, to):
     * one search of the paths' bytes, not a look at every entry.
     */
    attributesDirectoriesOf(from, to) {
        const dirs = [];
        if (from >= to)
            return dirs;
        const names = this.names;
        const last = this.ends[to - 1] - ATTRIBUTES.length;
        for (let at = names.indexOf(ATTRIBUTES, this.starts[from]); at >= 0 && at <= last;) {
            // The entry holding the match (paths are laid out in order); it must end with the name.
            let lo = from;
            let hi = to - 1;
            while (lo < hi) {
                const mid = (lo + hi + 1) >>> 1;
                if (this.starts[mid] <= at)
                    lo = mid;
                else
                    hi = mid - 1;
            }
            if (at + ATTRIBUTES.length === this.ends[lo] && at > this.starts[lo])
                dirs.push(names.toString('utf8', this.starts[lo], at));
            at = names.indexOf(ATTRIBUTES, at + 1);
        }
        return dirs;
    }
    /** Bytes the entries [from, to) were recorded with (each mod 2^32, as git keeps them). */
    recordedBytes(from, to) {
        let bytes = 0;
        for (let k = from; k < to; k++)
            bytes += this.data.readUInt32BE(this.offsets[k] + 36);
        return bytes;
    }
    /**
     * SHA-256 (hex) over what entries [from, to) say about content: each one's path, blob id and
     * recorded size, nothing about stat. Equal in every checkout of the same tree; `salt` names
     * what the caller derives from it.
     */
    contentKey(from, to, salt) {
        const hash = (0,external_node_crypto_.createHash)('sha256').update(salt).update('\0');
        // One update per 64 KiB, not three per entry: a directory can hold 100,000 entries.
        let scratch = Buffer.allocUnsafe(64 * 1024);
        let used = 0;
        for (let k = from; k < to; k++) {
            const start = this.starts[k];
            const end = this.ends[k];
            if (used + (end - start) + 25 > scratch.length) {
                hash.update(scratch.subarray(0, used));
                used = 0;
                if (end - start + 25 > scratch.length)
                    scratch = Buffer.allocUnsafe(end - start + 25);
            }
            // Byte loops: Buffer.copy costs a typed-array view per call, 300,000 calls here.
            const names = this.names;
            for (let at = start; at < end; at++)
                scratch[used++] = names[at];
            scratch[used++] = 0;
            const entry = this.offsets[k];
            const data = this.data;
            for (let at = entry + 40; at < entry + 60; at++)
                scratch[used++] = data[at]; // blob id
            for (let at = entry + 36; at < entry + 40; at++)
                scratch[used++] = data[at]; // size
        }
        return hash.update(scratch.subarray(0, used)).digest('hex');
    }
    /**
     * Writes the stat the file must have to still hold the entry's blob, [size, mtime ns, ctime ns,
     * inode (low 32 bits, as git keeps it)], given the blob's exact size. False when the entry
     * cannot vouch for the file: racily clean, or recorded with another size (a checkout filter
     * such as LFS or CRLF conversion, or an entry git "smudged").
     */
    expectation(entry, blobSize, into, offset) {
        const d = this.data;
        if (!this.sizeIs(entry, blobSize))
            return false;
        const mtimeNs = BigInt(d.readUInt32BE(entry + 8)) * NS + BigInt(d.readUInt32BE(entry + 12));
        if (mtimeNs === 0n || mtimeNs >= this.indexMtimeNs)
            return false;
        into[offset] = BigInt(blobSize);
        into[offset + 1] = mtimeNs;
        into[offset + 2] = BigInt(d.readUInt32BE(entry)) * NS + BigInt(d.readUInt32BE(entry + 4));
        into[offset + 3] = BigInt(d.readUInt32BE(entry + 20));
        return true;
    }
}
/**
 * Parses an index file (format: git's Documentation/gitformat-index.txt). Keeps stage-0 regular
 * files under `prefix` that git checks by stat (not assume-unchanged, skip-worktree or
 * intent-to-add); returns undefined for what it does not support.
 */
function parseIndex(data, prefix, indexMtimeNs) {
    if (data.length < 12 + 20 || data.toString('latin1', 0, 4) !== 'DIRC')
        return undefined;
    const version = data.readUInt32BE(4);
    if (version < 2 || version > 4)
        return undefined;
    const count = data.readUInt32BE(8);
    const end = data.length - 20; // trailing SHA-1 checksum
    const pre = Buffer.from(prefix, 'utf8');
    const starts = new Int32Array(count);
    const ends = new Int32Array(count);
    const offsets = new Int32Array(count);
    let kept = 0;
    // Version 4 keeps only each path's difference from the previous one: full paths go here.
    const copies = [];
    let copied = 0;
    let name = Buffer.alloc(4096); // version 4: the previous entry's path
    let nameLength = 0;
    let leftOut = [];
    let off = 12;
    for (let k = 0; k < count; k++) {
        if (off + ENTRY_FIXED > end)
            return undefined;
        const entryOffset = off;
        const flags = (data[off + 60] << 8) | data[off + 61];
        let extFlags = 0;
        let nameAt = off + ENTRY_FIXED;
        if (flags & FLAG_EXTENDED) {
            if (version < 3)
                return undefined;
            extFlags = (data[nameAt] << 8) | data[nameAt + 1];
            nameAt += 2;
        }
        let pathStart;
        let pathEnd;
        let source;
        if (version === 4) {
            // varint: bytes to drop from the end of the previous path, then a NUL-terminated suffix
            let at = nameAt;
            let byte = data[at++];
            let strip = byte & 127;
            while (byte & 128) {
                byte = data[at++];
                strip = ((strip + 1) << 7) | (byte & 127);
            }
            const nul = data.indexOf(0, at);
            if (nul < 0 || nul >= end || strip > nameLength)
                return undefined;
            const same = nameLength - strip;
            const total = same + (nul - at);
            if (total > name.length) {
                const bigger = Buffer.alloc(Math.max(total, 2 * name.length));
                name.copy(bigger, 0, 0, same);
                name = bigger;
            }
            data.copy(name, same, at, nul);
            nameLength = total;
            source = name;
            pathStart = 0;
            pathEnd = total;
            off = nul + 1;
        }
        else {
            const declared = flags & 0xfff;
            pathStart = nameAt;
            pathEnd = declared < 0xfff ? nameAt + declared : data.indexOf(0, nameAt);
            if (pathEnd < 0 || pathEnd > end)
                return undefined;
            source = data;
            const fixed = nameAt - off;
            off += (fixed + (pathEnd - nameAt) + 8) & ~7;
        }
        // mode: bytes 24-27; the file type is in the top bits of byte 26 (0o100000 = 0x8000)
        const type = ((data[entryOffset + 26] << 8) | data[entryOffset + 27]) & MODE_TYPE;
        if (pathEnd - pathStart <= pre.length ||
            (pre.length > 0 &&
                source.compare(pre, 0, pre.length, pathStart, pathStart + pre.length) !== 0))
            continue; // outside the project
        if (type !== MODE_REGULAR ||
            flags & (FLAG_STAGE | FLAG_ASSUME_VALID) ||
            extFlags & (EXT_SKIP_WORKTREE | EXT_INTENT_TO_ADD)) {
            if (leftOut && leftOut.length < MAX_LEFT_OUT)
                leftOut.push(source.toString('utf8', pathStart + pre.length, pathEnd));
            else
                leftOut = undefined; // a sparse checkout, say: no directory is vouched for
            continue;
        }
        if (source === data) {
            starts[kept] = pathStart + pre.length;
            ends[kept] = pathEnd;
        }
        else {
            const copy = Buffer.from(source.subarray(pathStart + pre.length, pathEnd));
            copies.push(copy);
            starts[kept] = copied;
            copied += copy.length;
            ends[kept] = copied;
        }
        offsets[kept++] = entryOffset;
    }
    // Extensions; a split index ("link") keeps most entries in another file: not supported.
    while (off + 8 <= end) {
        const signature = data.toString('latin1', off, off + 4);
        if (signature === 'link')
            return undefined;
        off += 8 + data.readUInt32BE(off + 4);
    }
    return new IndexSnapshot(data, version === 4 ? Buffer.concat(copies, copied) : data, starts.subarray(0, kept), ends.subarray(0, kept), offsets.subarray(0, kept), indexMtimeNs, leftOut);
}
/** The environment for git: no GIT_* variable choosing another repository, index or config. */
function gitEnv() {
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined && !name.startsWith('GIT_'))
            env[name] = value;
    env['GIT_OPTIONAL_LOCKS'] = '0';
    return env;
}
function readOr(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch {
        return '';
    }
}
/** The attributes file exists and mentions a filter or a working-tree encoding (or a macro). */
function namesConversion(file) {
    return /filter|working-tree-encoding|\[attr\]/i.test(readOr(file));
}
/**
 * The configuration files git reads for a repository (with no GIT_* variable set): the
 * system's (/etc/gitconfig, and etc/gitconfig beside each git on PATH, for a git installed
 * under another prefix), the user's, the repository's and the work tree's.
 */
function configFiles(location, home, xdg) {
    const files = [
        '/etc/gitconfig',
        (0,external_node_path_.join)(home, '.gitconfig'),
        (0,external_node_path_.join)(xdg, 'git', 'config'),
        (0,external_node_path_.join)(location.commonDir, 'config'),
        (0,external_node_path_.join)(location.gitDir, 'config.worktree'),
    ];
    for (const dir of (process.env['PATH'] ?? '').split(external_node_path_.delimiter))
        if (dir !== '' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'git')))
            files.push((0,external_node_path_.join)(dir, '..', 'etc', 'gitconfig'));
    return files;
}
/** The git index of the work tree that holds a project, re-read whenever the file changes. */
class GitIndex {
    location;
    key = '';
    current;
    digests;
    treeDigests;
    globalConversions;
    /** Top-relative directory → its .gitattributes names a filter or working-tree-encoding. */
    dirConversions = new Map();
    constructor(location) {
        this.location = location;
    }
    /**
     * Whether a file in one of these directories (project-relative) could hold other bytes than
     * its blob with the same size, so that "git finds it clean" and "the blob has this size" do not
     * prove the content: a `filter` (clean/smudge, e.g. LFS, git-crypt) or a `working-tree-encoding`
     * attribute. (End-of-line conversion and `ident` always change the size when they change
     * the content, which the callers check.) Looks, conservatively, for those words in every
     * attributes file that could apply: `.gitattributes` in these directories and above them
     * (tracked or not), `info/attributes`, `core.attributesFile` (asked from git once, and only
     * when a configuration file mentions it or an include), the user's default and the system's
     * (/etc/gitattributes) attributes files.
     */
    mayConvert(dirs) {
        if (this.globalConversions === undefined) {
            const home = process.env['HOME'] ?? '';
            const xdg = process.env['XDG_CONFIG_HOME'] || (0,external_node_path_.join)(home, '.config');
            const { gitDir, commonDir } = this.location;
            const files = [
                (0,external_node_path_.join)(gitDir, 'info', 'attributes'),
                (0,external_node_path_.join)(commonDir, 'info', 'attributes'),
                (0,external_node_path_.join)(xdg, 'git', 'attributes'),
                '/etc/gitattributes',
            ];
            // core.attributesFile, as git resolves it (includes and all), but only asked from git when
            // a configuration file could set it: starting git costs 10-30 ms on a quiet machine and
            // over a second on a loaded one (a fork of this process), for an answer that is almost
            // always "not set". The list of files is Linux's; elsewhere (Git for Windows, Apple's
            // git in Xcode) the system configuration lives where it is not known, so git is asked.
            const configs = configFiles(this.location, home, xdg);
            const mayBeSet = process.platform !== 'linux' ||
                configs.some((file) => /attributesfile|include/i.test(readOr(file)));
            let configured;
            if (mayBeSet) {
                configured = (0,external_node_child_process_.spawnSync)('git', [`--git-dir=${gitDir}`, 'config', '--path', '--get', 'core.attributesFile'], { env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
                if (configured.status === 0)
                    files.push(configured.stdout.trim());
            }
            this.globalConversions =
                files.some((file) => namesConversion(file)) ||
                    (configured !== undefined &&
                        configured.status !== 0 &&
                        configured.status !== 1 && // 1: not set
                        configs.some((file) => /attributesfile/i.test(readOr(file))));
        }
        if (this.globalConversions)
            return true;
        for (const dir of dirs) {
            // From the directory up to the top of the work tree (top-relative, '' = top).
            for (let d = `${this.location.prefix}${dir}`.replace(/\/$/, '');;) {
                let named = this.dirConversions.get(d);
                if (named === undefined) {
                    named = namesConversion((0,external_node_path_.join)(this.location.top, d, '.gitattributes'));
                    this.dirConversions.set(d, named);
                }
                if (named)
                    return true;
                if (d === '')
                    break;
                const slash = d.lastIndexOf('/');
                d = slash < 0 ? '' : d.slice(0, slash);
            }
        }
        return false;
    }
    /** undefined when the project is not in a git work tree or the repository is not SHA-1. */
    static open(root) {
        const location = locateGit(root);
        if (!location)
            return undefined;
        try {
            const config = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(location.commonDir, 'config'), 'utf8');
            if (/^\s*objectformat\s*=\s*(?!sha1\b)/im.test(config))
                return undefined;
        }
        catch {
            // no config: defaults (SHA-1)
        }
        return new GitIndex(location);
    }
    /** Identity of the index file as it is now ('' when there is none). */
    indexKey() {
        const st = (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.location.gitDir, 'index'), {
            bigint: true,
            throwIfNoEntry: false,
        });
        return st ? `${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}` : '';
    }
    /** Bytes in the index file (0 when there is none): a hint of what parsing it costs. */
    indexBytes() {
        return (0,external_node_fs_.statSync)((0,external_node_path_.join)(this.location.gitDir, 'index'), { throwIfNoEntry: false })?.size ?? 0;
    }
    /**
     * Asks git which tracked files under `dir` (project-relative, '' for all) differ from the
     * index: `git diff-files`, which compares each file's stat with its entry on several threads,
     * reads racily clean files, and never writes the index. Every other tracked file under `dir`
     * holds its entry's blob. Returns project-relative paths, or undefined when git is missing or
     * fails, or the index changed meanwhile (so that what git compared with is not `snapshot()`).
     */
    async modified(dir, signal) {
        const { top, gitDir, prefix } = this.location;
        const key = this.indexKey();
        if (key === '')
            return undefined;
        const env = gitEnv();
        const where = `${prefix}${dir}`.replace(/\/$/, '');
        const args = [
            `--git-dir=${gitDir}`,
            `--work-tree=${top}`,
            // What git trusts must not depend on the user's configuration: compare every stat field
            // and the executable bit, and look at every file (no file system monitor).
            '-c',
            'core.fsmonitor=false',
            '-c',
            'core.checkStat=default',
            '-c',
            'core.trustctime=true',
            '-c',
            'core.fileMode=true',
            '-c',
            'core.ignoreStat=false',
            'diff-files',
            '--name-only',
            '-z',
            '--ignore-submodules=all',
            ...(where === '' ? [] : ['--', `:(literal)${where}`]),
        ];
        const output = await new Promise((done) => {
            let child;
            try {
                child = (0,external_node_child_process_.spawn)('git', args, {
                    cwd: top,
                    env,
                    stdio: ['ignore', 'pipe', 'ignore'],
                    ...(signal ? { signal } : {}),
                });
            }
            catch {
                done(undefined);
                return;
            }
            const chunks = [];
            child.stdout.on('data', (chunk) => chunks.push(chunk));
            child.on('error', () => done(undefined));
            child.on('close', (code) => done(code === 0 ? Buffer.concat(chunks) : undefined));
        });
        if (!output || this.indexKey() !== key)
            return undefined;
        const paths = new Set();
        for (const path of output.toString('utf8').split('\0'))
            if (path.startsWith(prefix) && path.length > prefix.length)
                paths.add(path.slice(prefix.length));
        return { key, paths };
    }
    /** The index as it is now; undefined when there is none or it cannot be used. */
    snapshot() {
        const file = (0,external_node_path_.join)(this.location.gitDir, 'index');
        for (let attempt = 0; attempt < 3; attempt++) {
            let before;
            try {
                before = (0,external_node_fs_.statSync)(file, { bigint: true });
            }
            catch {
                return undefined;
            }
            const key = `${before.ino}:${before.size}:${before.mtimeNs}:${before.ctimeNs}`;
            if (key === this.key)
                return this.current;
            let data;
            try {
                data = (0,external_node_fs_.readFileSync)(file);
            }
            catch {
                return undefined;
            }
            const after = (0,external_node_fs_.statSync)(file, { bigint: true, throwIfNoEntry: false });
            // git replaces the index by renaming a new file over it: a change shows in the inode.
            if (!after || `${after.ino}:${after.size}:${after.mtimeNs}:${after.ctimeNs}` !== key)
                continue;
            this.key = key;
            this.current = parseIndex(data, this.location.prefix, before.mtimeNs);
            return this.current;
        }
        return undefined;
    }
    /** The identity of the index file `snapshot()` last read. */
    get snapshotKey() {
        return this.key;
    }
    /** SHA-256 digests of blobs, kept in the repository's common git directory. */
    blobs() {
        this.digests ??= BlobDigests.load((0,external_node_path_.join)(this.location.commonDir, 'reprokit', 'blob-sha256'));
        return this.digests;
    }
    /** Tree digests of tracked directories by content key, kept beside the blob digests. */
    trees() {
        this.treeDigests ??= TreeDigests.load((0,external_node_path_.join)(this.location.commonDir, 'reprokit', 'tree-sha256'));
        return this.treeDigests;
    }
    /** Writes what `blobs()` and `trees()` learned (no-op when nothing was learned). */
    save() {
        if (!(0,external_node_fs_.existsSync)(this.location.commonDir))
            return;
        this.digests?.save();
        this.treeDigests?.save();
    }
}

// EXTERNAL MODULE: ./src/adapters/hashing/hash-worker-pool.ts + 2 modules
var hash_worker_pool = __webpack_require__(7371);
// EXTERNAL MODULE: ./src/adapters/hashing/trace.ts
var trace = __webpack_require__(5906);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var fingerprint = __webpack_require__(5527);
;// CONCATENATED MODULE: ./src/adapters/hashing/tracked-tree.ts
/**
 * A tracked directory's tree digest without a lookup per file (docs/performance.md, "Tracked
 * directories"). Git vouches for the whole directory when:
 * - every entry inside it is a regular file git checks by stat (no symlink, submodule,
 *   conflict, skip-worktree or assume-unchanged entry), and no attribute could convert content;
 * - `git diff-files` finds no entry modified (it compares every stat field, reads racily clean
 *   files, and never writes the index), and the index did not change meanwhile;
 * - the directory holds exactly as many regular files as there are entries, and nothing else a
 *   listing would look at (a symlink, a FIFO; Workspace.countFiles): with every entry present,
 *   no file is untracked.
 * Then the directory holds the entries' blobs, and its digest follows from their content key
 * (TreeDigests) or from the blob digests. A few modified or deleted files are hashed or dropped
 * on top of the entries; anything else answers undefined, and the caller lists and hashes.
 */



/** More modified (or unknown) files than this: the per-file path is as good. */
const MAX_MODIFIED = 1000;
/** Names what the content key is a key of: a change to the tree digest's format renames it. */
const SALT = `reprokit tree digest, key version ${fingerprint/* KEY_VERSION */.pF}`;
/** `files`: the regular files the directory holds, and it holds nothing else. */
async function vouchTrackedTree(dir, files, services) {
    const { index } = services;
    if (files < services.minFiles)
        return undefined;
    // A large index takes git a while to read: git starts first, stopped if it is not needed.
    const stop = new AbortController();
    let asking = index.indexBytes() >= services.bigIndexBytes ? index.modified(dir, stop.signal) : undefined;
    const snapshot = index.snapshot();
    const range = snapshot?.within(dir);
    const entries = range ? range.to - range.from : 0;
    if (!snapshot ||
        !range ||
        // More files than entries: some are untracked, and only a listing finds which.
        files > entries ||
        entries < services.minFiles ||
        snapshot.leavesOutWithin(dir) ||
        // The directory and those above it, and each one inside holding a tracked attributes file
        // (an untracked one is an untracked file, and stops the vouching below).
        index.mayConvert([dir, ...snapshot.attributesDirectoriesOf(range.from, range.to)])) {
        stop.abort();
        await asking;
        return undefined;
    }
    const { from, to } = range;
    asking ??= index.modified(dir);
    // While git compares stats: the key of what the entries hold.
    const key = snapshot.contentKey(from, to, SALT);
    const modified = await asking;
    if (!modified || modified.key !== index.snapshotKey)
        return undefined;
    const bytes = snapshot.recordedBytes(from, to);
    if (modified.paths.size === 0) {
        if (files !== entries)
            return undefined;
        const trees = index.trees();
        let digest = trees.find(key);
        if (digest === undefined) {
            const changed = new Map();
            digest = await digestOf(snapshot, { from, to }, dir, services, changed);
            if (digest === undefined)
                return undefined;
            // Learned only from blob digests (facts about content), never from files read just now.
            if (changed.size === 0)
                trees.learn(key, digest);
        }
        (0,trace/* trace */.u)(`tree ${dir}: vouched by git, ${files} files`);
        return { digest, files, bytes };
    }
    if (modified.paths.size > MAX_MODIFIED)
        return undefined;
    const changed = await modifiedFiles(modified.paths, services);
    if (!changed || files !== entries - changed.deleted)
        return undefined;
    const digest = await digestOf(snapshot, { from, to }, dir, services, changed.digests);
    if (digest === undefined)
        return undefined;
    (0,trace/* trace */.u)(`tree ${dir}: vouched by git, ${files} files, ${modified.paths.size} modified`);
    return { digest, files, bytes };
}
/**
 * `fromEntries`, once the files whose blob digest is not known yet (added since the blob table
 * last learned, say) are hashed into `changed`: git already found them clean, and asking it
 * again through the listing path would cost a second `git diff-files`. Undefined when more
 * than MAX_MODIFIED are unknown (a fresh clone: the listing path learns them all).
 */
async function digestOf(snapshot, range, dir, services, changed) {
    const blobs = services.index.blobs();
    const skip = Buffer.byteLength(dir) + 1;
    const unknown = [];
    for (let k = range.from; k < range.to; k++) {
        if (blobs.find(snapshot.data, snapshot.blobIdAt(snapshot.entryAt(k))) >= 0)
            continue;
        const path = `${dir}/${snapshot.pathAt(k, skip)}`;
        if (changed.has(path))
            continue;
        if (unknown.push(path) > MAX_MODIFIED)
            return undefined;
    }
    if (unknown.length > 0)
        for (const [path, digest] of await services.hashFiles(unknown))
            changed.set(path, digest);
    return fromEntries(snapshot, range, dir, services, changed);
}
/** Modified paths: hashed when they are files, counted when gone; undefined otherwise. */
async function modifiedFiles(paths, services) {
    const present = [];
    const digests = new Map();
    for (const path of paths) {
        const stats = (0,external_node_fs_.lstatSync)(services.abs(path), { throwIfNoEntry: false });
        if (!stats)
            digests.set(path, 'deleted');
        else if (stats.isFile())
            present.push(path);
        else
            return undefined; // now a directory or a symlink: the listing says what it holds
    }
    const deleted = digests.size;
    for (const [path, digest] of await services.hashFiles(present))
        digests.set(path, digest);
    return { digests, deleted };
}
/**
 * The tree digest of entries [from, to) as their blobs' digests give it, with the paths in
 * `changed` taken from there instead (or left out when deleted); undefined when a blob's digest
 * is not known or its size is not the entry's (a checkout conversion).
 */
function fromEntries(snapshot, range, dir, services, changed) {
    const blobs = services.index.blobs();
    blobs.prepareHex();
    const skip = Buffer.byteLength(dir) + 1;
    const files = [];
    for (let k = range.from; k < range.to; k++) {
        const relpath = snapshot.pathAt(k, skip);
        const instead = changed.size > 0 ? changed.get(`${dir}/${relpath}`) : undefined;
        if (instead === 'deleted')
            continue;
        if (instead) {
            files.push({ relpath, digest: instead.digest });
            continue;
        }
        const entry = snapshot.entryAt(k);
        const pair = blobs.find(snapshot.data, snapshot.blobIdAt(entry));
        if (pair < 0 || !snapshot.sizeIs(entry, blobs.blobSize(pair)))
            return undefined;
        files.push({ relpath, digest: blobs.digest(pair) });
    }
    return (0,fingerprint/* treeDigest */.fZ)(files, services.sha256);
}

;// CONCATENATED MODULE: ./src/adapters/hashing/file-hasher.ts







/**
 * A file's digest (docs/performance.md, "Hashing"):
 * - up to LEAF_SIZE (8 MiB): the SHA-256 of its content, hex (what `sha256sum` prints);
 * - larger: SHA-512/256 over "reprokit-chunked-sha256-v1", NUL, the size (u64 big-endian), the
 *   leaf size (u32 big-endian) and the SHA-256 of each 8 MiB leaf in order, hex. The leaves are
 *   independent, so one large file is hashed on every core; SHA-512/256 for the root keeps a
 *   chunked digest from ever equalling the plain SHA-256 of some other (small) file.
 */
const LEAF_SIZE = hash_worker_pool/* kernel */.UF.leafSize;
/** A batch this large is shared with worker threads (which take ~40 ms to boot). */
const SHARE_FILES = 1000;
/** Batches this small run on the main thread in a job buffer kept for them. */
const TINY = 8;
/** Once the workers run, smaller batches are shared too. */
const SHARE_FILES_WARM = 64;
/** Large files worth waking the workers for, in total bytes. */
const SHARE_BYTES = 32 * 1024 * 1024;
/** Batches this large consult git's index (parsing it costs ~30 ms per 100,000 entries). */
const GIT_FILES = 256;
/**
 * Batches (and tracked directories, tracked-tree.ts) this large ask `git diff-files` (one
 * process, 60-95 ms per 100,000 files): below it, checking by stat costs less than starting git.
 */
const GIT_DIFF_FILES = 2000;
/**
 * An index this large (~10,000 entries) is parsed while git runs, rather than first (which lets
 * a batch with no tracked files skip git). On 2 cores the overlap gains little, git itself uses
 * both; on more it hides the parse.
 */
const GIT_BIG_INDEX = 1024 * 1024;
/**
 * The digest of a file as the hasher defines it (plain SHA-256 up to 8 MiB, chunked above): the
 * caches verify stored objects with it. `size` is ignored (the file's own size decides).
 */
function sha256File(abs, _size) {
    return hash_worker_pool/* kernel */.UF.digestFileSync(abs).digest;
}
function sha256Text(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
let processPool;
/**
 * Hashes workspace files (docs/performance.md, "Hashing"). Ways to know a digest without reading
 * the file, cheapest first:
 * 1. a tracked file git finds unmodified (`git diff-files`, for large batches) whose blob's
 *    digest is known (git-index-blobs.ts);
 * 2. the stat cache: the file's stat equals what it was when last hashed;
 * 3. a tracked file whose stat equals its index entry, blob digest known.
 * (2) and (3) are checked by the hashing kernel, which reads and hashes what neither vouches for,
 * on the main thread and worker threads together.
 */
class FileHasher {
    toAbsolute;
    statCache;
    options;
    pool;
    git = null; // null: not looked for yet
    tinyJob;
    constructor(toAbsolute, statCache, options = {}) {
        this.toAbsolute = toAbsolute;
        this.statCache = statCache;
        this.options = options;
        this.pool = options.pool ?? (processPool ??= new hash_worker_pool/* HashPool */.vO());
    }
    /** Writes the stat cache and the blob digests learned in this run. */
    save() {
        this.statCache.save();
        if (this.git)
            this.git.save();
    }
    async vouchTree(dir, files) {
        const index = dir === '' ? undefined : this.gitIndex();
        if (!index)
            return undefined;
        return vouchTrackedTree(dir, files, {
            index,
            abs: this.toAbsolute,
            hashFiles: (paths) => this.hashFiles(paths),
            sha256: sha256Text,
            minFiles: this.options.trackedTreeMinFiles ?? GIT_DIFF_FILES,
            bigIndexBytes: GIT_BIG_INDEX,
        });
    }
    async hashFiles(paths) {
        const found = new Map();
        let list = unique(paths);
        if (list.length === 0)
            return found;
        (0,trace/* trace */.u)(`batch of ${list.length}`);
        const index = list.length >= GIT_FILES ? this.gitIndex() : undefined;
        let git;
        if (index && list.length >= GIT_DIFF_FILES && index.blobs().size >= GIT_DIFF_FILES) {
            // Large batch, blob digests known (not a first run): git checks the tracked files' stat,
            // we translate blob ids to digests. With a large index, git starts first and we parse the
            // index while it runs.
            const dir = commonDir(list);
            let asking = index.indexBytes() >= GIT_BIG_INDEX ? index.modified(dir) : undefined;
            git = this.view(index, list);
            (0,trace/* trace */.u)(`index: ${git?.snapshot.size ?? 0} entries, ${git?.blobs.size ?? 0} blob digests`);
            if (!asking && git && git.snapshot.size >= GIT_DIFF_FILES)
                asking = index.modified(dir);
            const modified = git && asking ? await asking : undefined;
            (0,trace/* trace */.u)(`git diff-files: ${modified ? `${modified.paths.size} modified` : 'not used'}`);
            if (git && modified && modified.key === index.snapshotKey)
                list = this.fromGit(list, git, modified.paths, found);
            (0,trace/* trace */.u)(`from git: ${found.size}`);
        }
        else if (index)
            git = this.view(index, list);
        if (list.length > 0)
            await this.hashRest(list, git, found);
        (0,trace/* trace */.u)('batch done');
        return found;
    }
    /** Tracked files git found unmodified, with a known blob digest; returns the others. */
    fromGit(list, git, modified, found) {
        const { snapshot, blobs } = git;
        const entries = snapshot.findAll(list);
        blobs.prepareHex();
        const anyModified = modified.size > 0;
        const rest = [];
        for (let i = 0; i < list.length; i++) {
            const path = list[i];
            const entry = entries[i];
            const pair = entry < 0 || (anyModified && modified.has(path))
                ? -1
                : blobs.find(snapshot.data, entry + 40);
            const size = pair < 0 ? -1 : blobs.blobSize(pair);
            if (pair < 0 || !snapshot.sizeIs(entry, size)) {
                rest.push(path);
                continue;
            }
            found.set(path, {
                path,
                digest: blobs.digest(pair),
                size,
                executable: snapshot.executable(entry),
            });
        }
        return rest;
    }
    /** The kernel's part: stat cache and index entries checked by stat, everything else read. */
    async hashRest(list, git, found) {
        const n = list.length;
        const share = n >= SHARE_FILES || (this.pool.warm && n >= SHARE_FILES_WARM);
        // The kernel opens base + path: with the root known, no per-file path.join.
        const base = this.base();
        const names = base === undefined ? list.map((p) => this.toAbsolute(p)) : list;
        const entries = git ? git.snapshot.findAll(list) : undefined;
        // Where an expectation came from: entry >= 0 of the stat cache, or -2 - pair of the blobs.
        // (A stat cache entry is always the source when there is one: `remember` updates it.)
        const source = new Int32Array(n).fill(-1);
        // Index entry of a tracked file whose blob digest is unknown: learn it when hashed.
        const learn = new Int32Array(n).fill(-1);
        const cache = this.statCache;
        const { flag, status } = hash_worker_pool/* kernel */.UF;
        let stamp = -1;
        const prepare = (v) => {
            for (let i = 0; i < n; i++) {
                const entry = cache.find(list[i]);
                if (entry >= 0) {
                    cache.expectation(entry, v.expect, 4 * i);
                    v.flags[i] = flag.EXPECT;
                    source[i] = entry;
                    continue;
                }
                const tracked = entries ? entries[i] : -1;
                if (tracked < 0 || !git)
                    continue;
                const pair = git.blobs.find(git.snapshot.data, git.snapshot.blobIdAt(tracked));
                if (pair < 0) {
                    v.flags[i] = flag.GIT_SHA1;
                    learn[i] = tracked;
                }
                else if (git.snapshot.expectation(tracked, git.blobs.blobSize(pair), v.expect, 4 * i)) {
                    v.flags[i] = flag.EXPECT | flag.INO32;
                    source[i] = -2 - pair;
                }
            }
            stamp = cache.stamp;
        };
        const nowMs = (this.options.now ?? Date.now)();
        const views = !share && n <= TINY
            ? this.tiny(names, base ?? '', nowMs, prepare)
            : await this.pool.files(names, base ?? '', share, nowMs, prepare);
        (0,trace/* trace */.u)(`kernel: ${n} files`);
        // One hex string for the batch, sliced per file: a third of the cost of one call per file.
        let hex;
        const digests = Buffer.from(views.digest.buffer, views.digest.byteOffset, 32 * n);
        const statBytes = new Uint8Array(views.stat.buffer, views.stat.byteOffset, 32 * n);
        const large = [];
        // Nobody remembered anything while we hashed: what `find` did not know, it still does not
        // (the list has no repeats), so remembering needs no second lookup per file.
        const absent = cache.stamp === stamp;
        for (let i = 0; i < n; i++) {
            const path = list[i];
            const code = views.status[i];
            const executable = (views.mode[i] & 0o111) !== 0;
            let digest;
            switch (code & status.MASK) {
                case status.UNCHANGED: {
                    const from = source[i];
                    digest = from >= 0 ? cache.digest(from) : git.blobs.digest(-2 - from);
                    break;
                }
                case status.HASHED:
                    hex ??= digests.toString('hex');
                    digest = hex.slice(64 * i, 64 * i + 64);
                    if (code & status.RECENT)
                        cache.forget(path);
                    else {
                        const entry = source[i];
                        cache.remember(path, entry, statBytes, 32 * i, views.digest, 32 * i, absent);
                    }
                    if (learn[i] >= 0)
                        learnBlob(git, learn[i], views, i);
                    break;
                case status.LARGE:
                    // Copied out: the job's memory may be reused once we await.
                    large.push({
                        path,
                        size: Number(views.stat[4 * i]),
                        stat: statBytes.slice(32 * i, 32 * i + 32),
                        recent: (code & status.RECENT) !== 0,
                        executable,
                    });
                    continue;
                default:
                    found.set(path, this.alone(path, this.toAbsolute(path)));
                    continue;
            }
            found.set(path, { path, digest, size: Number(views.stat[4 * i]), executable });
        }
        (0,trace/* trace */.u)(`results: ${n} files, ${large.length} large`);
        if (large.length > 0)
            await this.hashLarge(large, found);
    }
    /**
     * A batch of a few files (the common case when a plan checks stage by stage) on this thread,
     * in a job buffer kept for the purpose: no allocation, no await.
     */
    tiny(names, base, nowMs, prepare) {
        if (!this.tinyJob) {
            const sab = new SharedArrayBuffer(hash_worker_pool/* kernel */.UF.filesBytes(TINY));
            this.tinyJob = hash_worker_pool/* kernel */.UF.filesViews(sab, TINY);
        }
        const views = this.tinyJob;
        views.flags.fill(0);
        views.status.fill(0);
        views.now[0] = BigInt(Math.floor(nowMs)) * 1000000n;
        prepare(views);
        for (let i = 0; i < names.length; i++)
            hash_worker_pool/* kernel */.UF.fileAt(views, i, base + names[i]);
        return views;
    }
    /** Hashes files larger than a leaf, their leaves shared between threads. */
    async hashLarge(large, found) {
        const sizes = large.map((f) => f.size);
        const abs = large.map((f) => this.toAbsolute(f.path));
        const bytes = sizes.reduce((a, b) => a + b, 0);
        const share = this.pool.warm || bytes >= SHARE_BYTES;
        const { views, first } = await this.pool.chunks(abs, sizes, share);
        large.forEach((file, j) => {
            const from = first[j];
            const to = first[j + 1];
            if (views.status.subarray(from, to).some((s) => s !== hash_worker_pool/* kernel */.UF.status.HASHED)) {
                found.set(file.path, this.alone(file.path, abs[j]));
                return;
            }
            const leaves = views.leaves.subarray(32 * from, 32 * to);
            const digest = hash_worker_pool/* kernel */.UF.chunkedRoot(file.size, leaves);
            if (file.recent)
                this.statCache.forget(file.path);
            else {
                const bytes = Buffer.from(digest, 'hex');
                this.statCache.remember(file.path, this.statCache.find(file.path), file.stat, 0, bytes, 0);
            }
            found.set(file.path, {
                path: file.path,
                digest,
                size: file.size,
                executable: file.executable,
            });
        });
    }
    /** A file the kernel could not hash: again on this thread, so that its error is the real one. */
    alone(path, abs) {
        const stats = (0,external_node_fs_.statSync)(abs);
        const { digest, size } = hash_worker_pool/* kernel */.UF.digestFileSync(abs);
        return { path, digest, size, executable: (stats.mode & 0o111) !== 0 };
    }
    /** `root` + separator, when files can be named by concatenation (posix). */
    base() {
        const root = this.options.root;
        if (root === undefined || external_node_path_.sep !== '/')
            return undefined;
        return root.endsWith('/') ? root : `${root}/`;
    }
    gitIndex() {
        if (this.git === null)
            this.git = this.options.root ? GitIndex.open(this.options.root) : undefined;
        return this.git;
    }
    /** The index and blob digests, unless they cannot vouch for this batch's files. */
    view(index, list) {
        const snapshot = index.snapshot();
        if (!snapshot || snapshot.size === 0 || index.mayConvert(directories(list)))
            return undefined;
        return { index, snapshot, blobs: index.blobs() };
    }
}
/** The paths without repeats; a sorted list (a directory listing) is checked in one pass. */
function unique(paths) {
    for (let i = 1; i < paths.length; i++)
        if (!(paths[i - 1] < paths[i]))
            return [...new Set(paths)];
    return paths;
}
/** The distinct directories of a batch's paths ('' for the project root). */
function directories(list) {
    const dirs = new Set();
    let last = '\0';
    for (const path of list) {
        const slash = path.lastIndexOf('/');
        // Consecutive paths in one directory (a listing): no slice, no set insertion.
        if (slash === last.length && path.startsWith(last))
            continue;
        last = slash < 0 ? '' : path.slice(0, slash);
        dirs.add(last);
    }
    return dirs;
}
/** The directory holding every path of a batch ('' for the project root). */
function commonDir(list) {
    let common = list[0];
    // A sorted list's common prefix is that of its first and last paths.
    const sorted = unique(list) === list;
    for (const path of sorted ? [list[list.length - 1]] : list) {
        if (path.startsWith(common))
            continue;
        let k = 0;
        while (k < common.length && k < path.length && common[k] === path[k])
            k++;
        common = common.slice(0, k);
    }
    const slash = common.lastIndexOf('/');
    return slash < 0 ? '' : common.slice(0, slash);
}
/** The file read was the index's blob (same git blob id): remember the blob's SHA-256. */
function learnBlob(git, entry, views, i) {
    const at = git.snapshot.blobIdAt(entry);
    const id = git.snapshot.data;
    for (let k = 0; k < 20; k++)
        if (views.sha1[20 * i + k] !== id[at + k])
            return;
    git.blobs.learn(id, at, views.digest, 32 * i, Number(views.stat[4 * i]));
}


/***/ }),

/***/ 7371:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  vO: () => (/* binding */ HashPool),
  UF: () => (/* reexport */ kernel)
});

// UNUSED EXPORTS: defaultWorkerCount

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
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
const kernel = hashKernel(external_node_fs_, external_node_crypto_);

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/adapters/hashing/hash-worker-location.ts
/**
 * Where the hashing worker's code is, for `new Worker(...)`: next to the running module.
 *
 * - In a bundle (`dist/cli/index.js` or one of its chunks), scripts/bundle.mjs builds
 *   `hash-worker.ts` into `hash-worker/index.js` beside it.
 * - From the sources (tests; `tsx src/entry/cli/index.ts`), the worker runs `hash-worker.ts`
 *   through tsx's loader, which the worker thread registers first.
 * - Otherwise there is no worker: the main thread hashes alone (slower, same digests).
 */



// Names are assembled at run time so that the bundler does not treat them as assets to copy or
// modules to bundle (ncc rewrites `new URL('literal', import.meta.url)` and `require('literal')`).
const BUILT = ['hash-worker', 'index.js'].join('/');
const SOURCE = ['hash-worker', 'ts'].join('.');
const TSX_REGISTER = ['tsx', 'cjs', 'api'].join('/');
/** The worker next to `moduleUrl` (default: this module), or undefined when there is none. */
function locateHashWorker(moduleUrl = import.meta.url) {
    const built = new URL(BUILT, moduleUrl);
    if ((0,external_node_fs_.existsSync)(built))
        return { code: built, options: {}, shown: (0,external_node_url_.fileURLToPath)(built) };
    const source = new URL(SOURCE, moduleUrl);
    if (!(0,external_node_fs_.existsSync)(source))
        return undefined;
    let register;
    try {
        register = (0,external_node_module_.createRequire)(moduleUrl).resolve(TSX_REGISTER);
    }
    catch {
        return undefined; // sources without the dev dependencies: no workers
    }
    const file = (0,external_node_url_.fileURLToPath)(source);
    const code = `require(${JSON.stringify(register)}).register();\nrequire(${JSON.stringify(file)});\n`;
    return { code, options: { eval: true }, shown: `${file} (through tsx)` };
}

// EXTERNAL MODULE: ./src/adapters/hashing/trace.ts
var trace = __webpack_require__(5906);
;// CONCATENATED MODULE: ./src/adapters/hashing/hash-worker-pool.ts
/**
 * Runs hashing jobs on the main thread and on worker threads together (docs/performance.md,
 * "Hashing"). The main thread always takes part, so a job never waits for a worker to boot (about
 * 40 ms): units are claimed from a shared counter, and a worker that arrives late finds fewer.
 * A worker that dies or fails leaves its units pending, and the main thread does them itself.
 */






/** Workers beside the main thread: one fewer than the cores, at most 3 (REPROKIT_HASH_WORKERS overrides). */
function defaultWorkerCount() {
    const forced = Number.parseInt(process.env['REPROKIT_HASH_WORKERS'] ?? '', 10);
    if (Number.isInteger(forced) && forced >= 0)
        return Math.min(forced, 16);
    return Math.max(0, Math.min(3, (0,external_node_os_.availableParallelism)() - 1));
}
let located = null;
class HashPool {
    workers;
    worker;
    members = [];
    nextId = 1;
    started = false;
    /** `worker` replaces the worker's code (tests: a worker that fails); see hash-worker-location.ts. */
    constructor(workers = defaultWorkerCount(), worker) {
        this.workers = workers;
        this.worker = worker;
    }
    /** Whether workers are running already (then even small jobs are worth sharing). */
    get warm() {
        return this.members.some((m) => m.alive);
    }
    /** Starts the workers now, so that they boot while the caller prepares a job. */
    start() {
        if (this.started)
            return;
        this.started = true;
        if (!this.worker && located === null)
            located = locateHashWorker();
        const spec = this.worker ?? located;
        if (this.workers > 0)
            (0,trace/* trace */.u)(`workers: ${spec ? `${this.workers} from ${spec.shown}` : 'none found'}`);
        if (!spec)
            return; // no workers: the main thread does everything
        for (let k = 0; k < this.workers; k++) {
            let worker;
            try {
                worker = new external_node_worker_threads_.Worker(spec.code, spec.options);
            }
            catch (e) {
                (0,trace/* trace */.u)(`workers: could not start: ${e.message}`);
                return; // no workers: the main thread does everything
            }
            const member = { worker, alive: true, waiting: new Map() };
            const die = () => {
                member.alive = false;
                for (const answered of member.waiting.values())
                    answered();
                member.waiting.clear();
                worker.unref();
            };
            worker.on('message', (reply) => {
                const answered = member.waiting.get(reply.id);
                member.waiting.delete(reply.id);
                if (member.waiting.size === 0)
                    worker.unref();
                answered?.();
                // A failed job leaves its claimed units pending (the caller redoes them); stop using it.
                if (reply.error !== undefined)
                    void worker.terminate();
            });
            worker.on('error', (e) => {
                (0,trace/* trace */.u)(`workers: a worker failed: ${e.message}`);
                die();
            });
            worker.on('exit', die);
            worker.unref();
            this.members.push(member);
        }
    }
    /** Stops the workers (tests; a CLI process just exits). */
    async close() {
        const members = this.members;
        this.members = [];
        this.started = false;
        await Promise.all(members.map((m) => m.worker.terminate()));
    }
    /**
     * Hashes files `base + paths[i]` (see HashKernel.runFiles) on this thread and, when `share`,
     * on the workers; `prepare` fills in expectations and flags before anyone starts. Files changed
     * less than a second before `nowMs` are flagged RECENT.
     */
    async files(paths, base, share, nowMs, prepare) {
        const n = paths.length;
        const sab = new SharedArrayBuffer(kernel.filesBytes(n));
        const views = kernel.filesViews(sab, n);
        views.now[0] = BigInt(Math.floor(nowMs)) * 1000000n;
        prepare(views);
        let joined;
        await this.run(share, views.ctl, n, (id) => ({ type: 'files', id, sab, n, paths: (joined ??= paths.join('\0')), base }), () => kernel.runFiles(sab, n, paths, base));
        // A worker that died left its claimed files pending: do them here.
        for (let i = views.status.indexOf(kernel.status.PENDING); i >= 0;) {
            kernel.fileAt(views, i, base + paths[i]);
            i = views.status.indexOf(kernel.status.PENDING, i + 1);
        }
        return views;
    }
    /** Hashes the leaves of large files; `first[j]` is the first unit of file j. */
    async chunks(paths, sizes, share) {
        const first = [0];
        for (const size of sizes)
            first.push(first[first.length - 1] + Math.ceil(size / kernel.leafSize));
        const units = first[first.length - 1];
        const sab = new SharedArrayBuffer(kernel.chunksBytes(units));
        const views = kernel.chunksViews(sab, units);
        await this.run(share, views.ctl, units, (id) => ({ type: 'chunks', id, sab, units, paths, sizes, first }), () => kernel.runChunks(sab, units, paths, sizes, first));
        let j = 0;
        for (let u = 0; u < units; u++) {
            while (first[j + 1] <= u)
                j++;
            if (views.status[u] !== kernel.status.PENDING)
                continue;
            const start = (u - first[j]) * kernel.leafSize;
            const end = Math.min(sizes[j], start + kernel.leafSize);
            kernel.chunkAt(sab, units, u, paths[j], start, end);
        }
        return { views, first };
    }
    async run(share, ctl, total, message, here) {
        const answers = [];
        const id = this.nextId++;
        const involved = [];
        if (share && total > 1) {
            this.start();
            for (const member of this.members) {
                if (!member.alive)
                    continue;
                answers.push(new Promise((resolve) => member.waiting.set(id, resolve)));
                member.worker.ref(); // keep the process alive until the worker answers
                member.worker.postMessage(message(id));
                involved.push(member);
            }
        }
        // Let the caller finish what it does synchronously after calling us (the engine sets up a
        // promise per file) while the workers already hash; then join them.
        if (answers.length > 0)
            await Promise.resolve();
        here();
        if (Atomics.load(ctl, 1) < total && answers.length > 0) {
            await Promise.all(answers);
            return;
        }
        // Every unit done: no need to wait for a worker that is still booting or idle (nor to keep
        // the process alive for its answer).
        for (const member of involved) {
            member.waiting.delete(id);
            if (member.waiting.size === 0)
                member.worker.unref();
        }
    }
}


/***/ }),

/***/ 5906:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ trace)
/* harmony export */ });
/** REPROKIT_TRACE_HASH=1: phase timings on standard error (ms since the process started). */
const TRACE = Boolean(process.env['REPROKIT_TRACE_HASH']);
function trace(what) {
    if (TRACE)
        process.stderr.write(`reprokit hash ${performance.now().toFixed(1)} ${what}\n`);
}


/***/ }),

/***/ 2771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vh: () => (/* binding */ readJson),
/* harmony export */   Yf: () => (/* binding */ stageFileName),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   mo: () => (/* binding */ KnownDirs),
/* harmony export */   q4: () => (/* binding */ HOST_TAG),
/* harmony export */   u8: () => (/* binding */ tempName)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);




let counter = 0;
/** Short tag of this machine in temporary names: a sweep only judges its own host's pids. */
const HOST_TAG = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update((0,node_os__WEBPACK_IMPORTED_MODULE_2__.hostname)()).digest('hex').slice(0, 8);
/**
 * A temporary name beside `target` (same directory, so the final rename is atomic) that says
 * which process on which host writes it: `<target>.<host>-<pid>-<n>.tmp` (see sweep.ts).
 */
function tempName(target) {
    return `${target}.${HOST_TAG}-${process.pid}-${counter++}.tmp`;
}
/**
 * Directories known to exist because this process made them: a store writing a file per stage
 * into the same few directories would otherwise ask for each one again every time (a mkdir
 * and a stat per file). A directory removed meanwhile (`rm -rf .reprokit` during a run) is
 * noticed by the write that fails with ENOENT, made again, and that write is repeated once.
 */
class KnownDirs {
    made = new Set();
    /** Runs `write`, which creates a file in `dir`, making `dir` first when needed. */
    writeInto(dir, write) {
        if (!this.made.has(dir)) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
            this.made.add(dir);
            return write();
        }
        try {
            return write();
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
            return write();
        }
    }
}
/**
 * Writes via a temporary file and rename, so readers never see half a file while the system
 * runs. Not flushed to the disk: after a crash the name may hold blocks never written, so
 * readers check what they read (local-cache.ts says why that is the trade-off). With `dirs`,
 * the directory is made only the first time (see KnownDirs).
 */
function writeFileAtomic(file, data, dirs) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)(file);
    if (dirs) {
        dirs.writeInto(dir, () => writeAndRename(file, data));
        return;
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(dir, { recursive: true });
    writeAndRename(file, data);
}
function writeAndRename(file, data) {
    const tmp = tempName(file);
    try {
        const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'w');
        try {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data;
            for (let at = 0; at < bytes.length;)
                at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, at, bytes.length - at);
        }
        finally {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, file);
    }
    catch (e) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
        throw e;
    }
}
/**
 * Synchronous on purpose: thousands of small reads are several times faster without promises.
 * A missing file is asked with a stat that does not throw: most lookups during a run miss, and
 * the error a failed read builds (with its stack) costs several times the stat.
 */
async function readJson(file) {
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file, { throwIfNoEntry: false }))
            return undefined;
        return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Stage names become file names: keep them unambiguous and free of dots-only names. */
function stageFileName(stage) {
    return `s-${encodeURIComponent(stage)}.json`;
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ LocalCache)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_record_check_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8619);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2771);
/* harmony import */ var _hashing_file_hasher_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(742);
/* harmony import */ var _sweep_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3328);







/**
 * The embedded default cache: a directory of content-addressed objects (a file produced by two
 * stages or two runs is stored once) and one small JSON record per stage key.
 *
 *   objects/ab/abcdef…   file content, named by its SHA-256
 *   entries/<key>.json   the StageRecord saved under that key
 *   latest/s-<stage>.json the newest record of each stage (to explain what changed)
 */
class LocalCache {
    dir;
    toAbsolute;
    name = 'local';
    /** objects/ab, entries, latest: made once per process, not once per stage. */
    dirs = new _atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .KnownDirs */ .mo();
    constructor(dir, toAbsolute) {
        this.dir = dir;
        this.toAbsolute = toAbsolute;
    }
    objectPath(digest) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'objects', digest.slice(0, 2), digest);
    }
    entryPath(key) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'entries', `${key}.json`);
    }
    /**
     * An entry counts only while every object it names is there with its size: `status` must not
     * promise a restore the store cannot do. Contents are verified when restored.
     */
    async lookup(stage, key) {
        const record = (0,_core_record_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRecord */ .E)(await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .Vh)(this.entryPath(key)), { stage, key });
        return record && this.complete(record) ? record : undefined;
    }
    complete(record) {
        return cachedFiles(record).every((f) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(this.objectPath(f.digest), { throwIfNoEntry: false })?.size === f.size);
    }
    async latest(stage) {
        return (0,_core_record_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRecord */ .E)(await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .Vh)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'latest', (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .stageFileName */ .Yf)(stage))), { stage });
    }
    async save(record) {
        try {
            const entry = this.entryPath(record.key);
            // Entries are immutable, like the Actions cache, unless one lost an object: then the
            // rerun's save heals it (objects first, the entry last, so readers never see a dangling one).
            const existing = (0,_core_record_check_js__WEBPACK_IMPORTED_MODULE_3__/* .checkRecord */ .E)(await (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .readJson */ .Vh)(entry), { stage: record.stage, key: record.key });
            if (existing && this.complete(existing))
                return { ok: true, bytes: 0 };
            let bytes = 0;
            for (const file of cachedFiles(record))
                bytes += this.store(file);
            const json = JSON.stringify(record);
            (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(entry, json, this.dirs);
            this.writeLatest(entry, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.dir, 'latest', (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .stageFileName */ .Yf)(record.stage)), json);
            return { ok: true, bytes };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
    /**
     * The newest record of a stage is the entry just written: a second name for it (a hard link,
     * renamed into place) instead of a second copy. Creating a file costs 0.2–0.35 ms of CPU on
     * ext4 here, a link a tenth of that. Entries are never changed in place (written whole and
     * renamed), so the two names cannot drift apart. Where links are not allowed, a copy.
     */
    writeLatest(entry, latest, json) {
        try {
            this.dirs.writeInto((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(latest), () => {
                const tmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .tempName */ .u8)(latest);
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.linkSync)(entry, tmp);
                    // (Were both names one file already, rename would leave tmp: it cannot be, the entry
                    // was just written as a new file; a concurrent save of the same key could leave one
                    // temporary name, which gc removes.)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, latest);
                }
                catch (e) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
                    throw e;
                }
            });
        }
        catch {
            (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(latest, json, this.dirs);
        }
    }
    /**
     * Copies a workspace file into the store unless its content is already there. Safe with other
     * writers (several projects may share the store): each writes its own temporary name, checks
     * the copy against the recorded digest and renames it into place; a rename over an identical
     * object changes nothing for readers, who verify what they read anyway. Nothing is flushed to
     * the disk (no fsync): that cost 2 × 5–10 ms per stage on ext4 with the event loop blocked,
     * and every reader already checks what it reads (restore and push verify each object's
     * digest, entries go through checkRecord), so what a crash can leave behind (a name on blocks
     * never written) costs a rerun, never a wrong output (docs/performance.md). The copy is
     * a reflink where the file system can (btrfs, XFS, APFS: blocks shared copy-on-write, no data
     * copied), a plain copy elsewhere; never a hard link, which a later stage writing the output in
     * place would turn into a corrupt object (__tests__/engine/store-in-place.test.ts).
     */
    store(file) {
        const target = this.objectPath(file.digest);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(target, { throwIfNoEntry: false })?.size === file.size)
            return 0;
        this.dirs.writeInto((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), () => this.copyIn(file, target));
        return file.size;
    }
    copyIn(file, target) {
        const source = this.toAbsolute(file.path);
        const tmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .tempName */ .u8)(target);
        try {
            if (file.size <= SMALL_OBJECT)
                writeSmallObject(source, tmp, file);
            else {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(source, tmp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_FICLONE);
                if ((0,_hashing_file_hasher_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(tmp, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(tmp).size) !== file.digest)
                    throw changedWhileSaved(file);
            }
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, target);
        }
        catch (e) {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
            throw e;
        }
    }
    /** A failed verification drops the entry, so the rerun's save writes it again. */
    forgetEntry(record) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(this.entryPath(record.key), { force: true });
    }
    async restore(record) {
        const files = cachedFiles(record);
        // Verify every object before touching the workspace: a bad entry must not leave half an output.
        for (const file of files) {
            const object = this.objectPath(file.digest);
            if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(object)) {
                this.forgetEntry(record);
                return { ok: false, reason: `object for ${file.path} is missing; removed the entry` };
            }
            if ((0,_hashing_file_hasher_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256File */ .Q3)(object, (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(object).size) !== file.digest) {
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(object, { force: true });
                this.forgetEntry(record);
                return {
                    ok: false,
                    reason: `object for ${file.path} is corrupt (content does not match its hash); removed it and its entry`,
                };
            }
        }
        try {
            let bytes = 0;
            for (const output of record.outputs.filter((o) => o.cached)) {
                const target = this.toAbsolute(output.path);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(target, { recursive: true, force: true });
                // A restore killed midway left its temporary copy beside a file output (a directory
                // output's went with the directory).
                if (output.kind === 'file')
                    (0,_sweep_js__WEBPACK_IMPORTED_MODULE_6__/* .sweepSiblingTemps */ .w)(target, Date.now());
            }
            for (const file of files) {
                const target = this.toAbsolute(file.path);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(target, '..'), { recursive: true });
                const tmp = (0,_atomic_js__WEBPACK_IMPORTED_MODULE_4__/* .tempName */ .u8)(target);
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.copyFileSync)(this.objectPath(file.digest), tmp, node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.COPYFILE_FICLONE);
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.chmodSync)(tmp, file.executable ? 0o755 : 0o644);
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(tmp, target);
                }
                catch (e) {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(tmp, { force: true });
                    throw e;
                }
                bytes += file.size;
            }
            return { ok: true, bytes };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
}
/**
 * Objects up to this size are read into memory, checked and written, instead of copied and
 * read back to be checked: half the system calls, and the bytes checked are the bytes written.
 * Far below the hash's leaf size, so their digest is the plain SHA-256 computed here.
 */
const SMALL_OBJECT = 64 * 1024;
function writeSmallObject(source, tmp, file) {
    const { bytes, mode } = readUpTo(source, file.size + 1);
    if ((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex') !== file.digest)
        throw changedWhileSaved(file);
    // The source's permissions, as a copy would have them (an output only its owner may read
    // stays so in the store); the umask can only take bits away.
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(tmp, 'wx', mode & 0o777);
    try {
        for (let at = 0; at < bytes.length;)
            at += (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeSync)(fd, bytes, at, bytes.length - at);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** At most `limit` bytes of a file (one more than expected shows it grew), and its mode. */
function readUpTo(file, limit) {
    const buffer = Buffer.allocUnsafe(limit);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    try {
        const { mode } = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.fstatSync)(fd);
        let at = 0;
        for (let n = 1; at < limit && n > 0; at += n)
            n = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, at, limit - at, null);
        return { bytes: buffer.subarray(0, at), mode };
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
function changedWhileSaved(file) {
    return new Error(`${file.path} changed while it was being saved`);
}
function cachedFiles(record) {
    return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}


/***/ }),

/***/ 5390:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ NodeWorkspace)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6085);
/* harmony import */ var _core_path_map_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3863);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6107);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6467);







/** Directories never walked when expanding globs from the project root. */
const SKIPPED_IN_GLOBS = new Set(['.git', '.reprokit']);
/** The project directory on the local disk. Symlinks are followed only while they stay inside. */
class NodeWorkspace {
    journal;
    root;
    realRoot;
    realRootSlash;
    listings = new _core_path_map_js__WEBPACK_IMPORTED_MODULE_5__/* .PathMap */ .S();
    counts = new _core_path_map_js__WEBPACK_IMPORTED_MODULE_5__/* .PathMap */ .S();
    /** Sorted entries a count read (see `readKeys`), until a listing uses them or they go stale. */
    entryKeys = new _core_path_map_js__WEBPACK_IMPORTED_MODULE_5__/* .PathMap */ .S();
    realDirs = new _core_path_map_js__WEBPACK_IMPORTED_MODULE_5__/* .PathMap */ .S();
    /**
     * Glob results by pattern: loading checks that a source glob matches and hashing expands it
     * again. Any invalidation (a stage is about to run, outputs were restored) forgets them all.
     */
    globs = new Map();
    /**
     * @param journal collects every path the run looked at (stat, listing, read), so a no-op run
     *   can later be confirmed by checking just those paths (see entry/cli/noop-snapshot.ts).
     */
    constructor(root, journal) {
        this.journal = journal;
        this.root = root;
        this.realRoot = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root);
        this.realRootSlash = this.realRoot.endsWith(node_path__WEBPACK_IMPORTED_MODULE_2__.sep) ? this.realRoot : this.realRoot + node_path__WEBPACK_IMPORTED_MODULE_2__.sep;
    }
    abs(path) {
        if (path === '')
            return this.root;
        // Paths are normalized project paths: on POSIX a concatenation is all join would do.
        return node_path__WEBPACK_IMPORTED_MODULE_2__.sep === '/' ? `${this.root}/${path}` : (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, ...path.split('/'));
    }
    async info(path) {
        return this.infoSync(path);
    }
    infoSync(path) {
        this.journal?.add(path);
        const abs = this.abs(path);
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs);
        }
        catch {
            return undefined;
        }
        // A symlinked directory higher up could lead anywhere: the parent must resolve inside too.
        this.checkInside((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .parentDir */ .Qp)(path), this.realDir((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .parentDir */ .Qp)(path)));
        if (stats.isSymbolicLink()) {
            let real;
            try {
                real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
            }
            catch {
                return undefined; // a dangling link is a missing file
            }
            this.checkInside(path, real);
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(abs);
        }
        if (stats.isDirectory())
            return { kind: 'dir', size: 0 };
        if (stats.isFile())
            return { kind: 'file', size: stats.size };
        // Reading a FIFO would block forever and a device is not data: say what it is.
        if (stats.isFIFO())
            throw new _ports_js__WEBPACK_IMPORTED_MODULE_4__/* .SpecialFile */ .eT(path, 'FIFO');
        if (stats.isSocket())
            throw new _ports_js__WEBPACK_IMPORTED_MODULE_4__/* .SpecialFile */ .eT(path, 'socket');
        throw new _ports_js__WEBPACK_IMPORTED_MODULE_4__/* .SpecialFile */ .eT(path, 'device');
    }
    realDir(dir) {
        let real = this.realDirs.get(dir);
        if (real === undefined) {
            real = dir === '' ? this.realRoot : node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.abs(dir));
            this.realDirs.set(dir, real);
        }
        return real;
    }
    checkInside(path, real) {
        if (real === this.realRoot || real.startsWith(this.realRootSlash))
            return;
        const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(this.realRoot, real);
        if (rel === '..' || rel.startsWith('..' + node_path__WEBPACK_IMPORTED_MODULE_2__.sep) || (0,node_path__WEBPACK_IMPORTED_MODULE_2__.isAbsolute)(rel))
            throw new _ports_js__WEBPACK_IMPORTED_MODULE_4__/* .WorkspaceEscape */ .JK(path, real);
    }
    /**
     * Throws WorkspaceEscape when the path, or the closest part of it that exists, resolves
     * outside the project (through a symlinked directory, say). Used before anything is written
     * or removed there.
     */
    assertInside(path) {
        const real = this.nearestReal(path);
        this.checkInside(path, real.real);
    }
    /** The real path of `path`, or of its closest existing ancestor. */
    nearestReal(path) {
        const own = this.realDirs.get(path);
        if (own !== undefined)
            return { real: own };
        try {
            const real = node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync.native(this.abs(path));
            return { real };
        }
        catch {
            if (path === '')
                return { real: this.realRoot };
            return this.nearestReal((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .parentDir */ .Qp)(path));
        }
    }
    /** Files and directories under these paths changed (a stage ran, outputs were restored). */
    invalidate(paths) {
        this.globs.clear();
        // Every remembered directory that is a path, is under it or holds it (PathMap: no scan).
        for (const p of paths) {
            this.listings.deleteOverlapping(p);
            this.counts.deleteOverlapping(p);
            this.entryKeys.deleteOverlapping(p);
            this.realDirs.deleteOverlapping(p);
        }
    }
    /**
     * Remembered until invalidated. Only regular files and directories: one readdir per directory,
     * no path per file (a tracked directory git vouches for is never listed). Anything else, a
     * symlink above all, is left to `listFiles`, which follows it or throws WorkspaceEscape.
     */
    async countFiles(dir) {
        let count = this.counts.get(dir);
        if (!count) {
            this.checkInside(dir, this.realDir(dir));
            const files = this.countPlain(dir);
            count =
                files === undefined
                    ? { files: this.listFilesNow(dir).length, plain: false }
                    : { files, plain: true };
            this.counts.set(dir, count);
        }
        return count;
    }
    /** Remembered until invalidated: loading checks a directory dep and hashing reads it again. */
    async listFiles(dir) {
        return this.listFilesNow(dir);
    }
    /** `listFiles`, on this thread (the walk is synchronous anyway). */
    listFilesNow(dir) {
        let files = this.listings.get(dir);
        if (!files) {
            const found = [];
            this.checkInside(dir, this.realDir(dir));
            this.walk(dir, found, new Set(), () => true);
            files = found.sort();
            this.listings.set(dir, files);
        }
        return [...files];
    }
    walk(dir, files, seen, enter) {
        this.journal?.add(dir);
        const abs = this.abs(dir);
        const real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(abs);
        if (seen.has(real))
            return;
        seen.add(real);
        // What a count read already (then the directory holds only files and directories).
        let keys = this.entryKeys.get(dir);
        if (keys)
            this.entryKeys.delete(dir);
        else
            keys = this.readKeys(dir, abs);
        for (const key of keys) {
            if (!key.endsWith('/')) {
                files.push((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinPath */ .uJ)(dir, key));
                continue;
            }
            const name = key.slice(0, -1);
            const path = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinPath */ .uJ)(dir, name);
            if (enter(path, name))
                this.walk(path, files, seen, enter);
        }
    }
    /**
     * A directory's entries, sorted, a directory's name as name + '/': then the walk yields every
     * path in code-unit order ('a/b-c' < 'a/b.txt' < 'a/b/x'), and sorting 100,000 paths afterwards
     * is one pass over a sorted array instead of n log n comparisons of long strings.
     */
    readKeys(dir, abs) {
        const keys = [];
        for (const entry of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true })) {
            const { name } = entry;
            if (entry.isFile())
                keys.push(name);
            else if (entry.isDirectory())
                keys.push(`${name}/`);
            else if (entry.isSymbolicLink()) {
                const info = this.infoSync((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinPath */ .uJ)(dir, name));
                if (info?.kind === 'file')
                    keys.push(name);
                else if (info?.kind === 'dir')
                    keys.push(`${name}/`);
            }
        }
        return keys.sort();
    }
    /**
     * Regular files under `dir` at any depth; undefined when it holds anything else (a symlink,
     * a FIFO) or cannot be read. The entries read are kept for a listing that may follow.
     */
    countPlain(dir) {
        let count = 0;
        const read = [];
        const pending = [dir];
        for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
            let entries;
            try {
                entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(this.abs(path), { withFileTypes: true });
            }
            catch {
                return undefined;
            }
            const keys = [];
            for (const entry of entries) {
                const { name } = entry;
                if (entry.isFile()) {
                    keys.push(name);
                    count++;
                }
                else if (entry.isDirectory()) {
                    keys.push(`${name}/`);
                    pending.push((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .joinPath */ .uJ)(path, name));
                }
                else
                    return undefined;
            }
            read.push([path, keys.sort()]);
        }
        for (const [path, keys] of read)
            this.entryKeys.set(path, keys);
        return count;
    }
    async glob(pattern) {
        let found = this.globs.get(pattern);
        if (!found) {
            found = this.expand(pattern);
            this.globs.set(pattern, found);
        }
        return [...found];
    }
    expand(pattern) {
        const base = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globBase */ .EI)(pattern);
        const info = this.infoSync(base);
        if (info?.kind !== 'dir')
            return [];
        const matches = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .compileGlob */ .SO)(pattern);
        const files = [];
        // Enter only directories under which the pattern can match (`.git`, dot-directories, …).
        const enter = (path, name) => !SKIPPED_IN_GLOBS.has(name) && (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_3__/* .globMayMatchUnder */ .nn)(pattern, path);
        this.walk(base, files, new Set(), enter);
        return files.filter((f) => matches(f)).sort();
    }
    async readText(path) {
        this.journal?.add(path);
        try {
            return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(this.abs(path), 'utf8');
        }
        catch {
            return undefined;
        }
    }
    async remove(path) {
        if (path === '')
            throw new Error('Internal error: refusing to remove the project root');
        // Never remove through a symlinked directory that leads out of the project.
        this.assertInside((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .parentDir */ .Qp)(path));
        const abs = this.abs(path);
        let stats;
        try {
            stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(abs, { throwIfNoEntry: false });
        }
        catch {
            stats = 'unknown'; // ENOTDIR, EACCES…: rm below says what it says about that
        }
        // Nothing there is the usual case: outputs are removed before their stage runs.
        if (stats !== undefined && stats !== 'unknown' && !stats.isDirectory()) {
            // One file or link (a link is removed, not followed; a file is where its parent is):
            // removed here without a round trip through the thread pool.
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(abs, { force: true });
        }
        else if (stats !== undefined) {
            // A directory may be large: removed without blocking the event loop.
            this.assertInside(path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(abs, { recursive: true, force: true });
        }
        this.invalidate([path]);
    }
}


/***/ }),

/***/ 8000:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ProcessRunner: () => (/* binding */ ProcessRunner),
  killAllCommands: () => (/* binding */ killAllCommands)
});

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/adapters/local/direct-exec.ts


/** Environment variables through which bash would run code or change its options at start-up. */
function bashWouldDoMore(env) {
    if (env.BASH_ENV || env.SHELLOPTS !== undefined || env.BASHOPTS !== undefined)
        return true;
    for (const name of Object.keys(env))
        if (name.startsWith('BASH_FUNC_'))
            return true;
    return false;
}
/** The first `#!` script or binary executable named `word`, searched as the shell searches. */
function findProgram(word, cwd, path) {
    if (word.includes('/')) {
        const file = (0,external_node_path_.resolve)(cwd, word);
        return runnable(file) ? { file, underscore: word } : undefined;
    }
    // No PATH means the shell's built-in default; an empty or relative entry depends on details
    // of each shell. Both are rare enough to leave to the shell.
    if (path === undefined || path === '')
        return undefined;
    for (const dir of path.split(':')) {
        if (!(0,external_node_path_.isAbsolute)(dir))
            return undefined;
        const file = `${dir.endsWith('/') ? dir : `${dir}/`}${word}`;
        const stat = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
        if (!stat?.isFile() || !executable(file))
            continue;
        // The shell execs the first executable it finds, whatever it is: if that is not something
        // exec can start by itself, the shell's own fallback applies, so the shell must run.
        return startsItself(file) ? { file, underscore: file } : undefined;
    }
    return undefined;
}
function runnable(file) {
    const stat = (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false });
    return stat?.isFile() === true && executable(file) && startsItself(file);
}
function executable(file) {
    try {
        (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
/**
 * An ELF binary or a `#!` script: what execve starts by itself. For anything else a shell runs
 * the file as a script of its own (and Node would hand it to /bin/sh, which is not bash).
 */
function startsItself(file) {
    const head = Buffer.alloc(4);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file, 'r');
        const n = (0,external_node_fs_.readSync)(fd, head, 0, 4, 0);
        if (n >= 2 && head[0] === 0x23 && head[1] === 0x21)
            return true; // #!
        return n === 4 && head.readUInt32BE(0) === 0x7f454c46; // \x7fELF
    }
    catch {
        return false;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function isDirectory(path, cwd) {
    return (0,external_node_fs_.statSync)((0,external_node_path_.resolve)(cwd, path), { throwIfNoEntry: false })?.isDirectory() === true;
}
/** Both shells keep an inherited PWD that is absolute and names the directory they start in. */
function workingDirectory(inherited, cwd) {
    if (inherited !== undefined && (0,external_node_path_.isAbsolute)(inherited)) {
        const a = (0,external_node_fs_.statSync)(inherited, { throwIfNoEntry: false });
        const b = (0,external_node_fs_.statSync)(cwd, { throwIfNoEntry: false });
        if (a && b && a.dev === b.dev && a.ino === b.ino)
            return inherited;
    }
    return external_node_fs_.realpathSync.native(cwd);
}
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** The environment the program would get from the shell, or undefined if that is not certain. */
function shellEnvironment(direct, env, cwd, underscore) {
    const out = {};
    for (const [name, value] of Object.entries(env))
        // dash exports only variables whose names it could have set; bash passes the rest on.
        if (direct.shell === 'bash' || IDENTIFIER.test(name))
            out[name] = value;
    out.PWD = workingDirectory(env.PWD, cwd);
    if (direct.shell === 'sh')
        return out;
    // bash adds one to SHLVL at start-up and takes it back when it execs the one command.
    const level = env.SHLVL;
    if (level === undefined || level === '')
        out.SHLVL = '0';
    else if (/^[0-9]{1,3}$/.test(level) && Number(level) <= 998)
        out.SHLVL = String(Number(level));
    else
        return undefined; // negative, not a number, or the "too high" warning: bash's business
    // bash keeps OLDPWD only when it names a directory.
    if (env.OLDPWD !== undefined && !isDirectory(env.OLDPWD, cwd))
        delete out.OLDPWD;
    out._ = underscore;
    return out;
}
/** How to start a simple command without its shell, or undefined: run the shell. */
function directStart(direct, cwd, env) {
    if (process.env.REPROKIT_DIRECT_EXEC === '0')
        return undefined;
    if (direct.shell === 'bash' && bashWouldDoMore(env))
        return undefined;
    const [word, ...args] = direct.words;
    if (word === undefined)
        return undefined;
    const found = findProgram(word, cwd, env.PATH);
    if (!found)
        return undefined;
    const childEnv = shellEnvironment(direct, env, cwd, found.underscore);
    return (childEnv && {
        file: found.file,
        argv0: word,
        args,
        env: childEnv,
        redirects: direct.redirects,
    });
}
/**
 * Performs the redirections in the shell's order (left to right, each `open` as the shell does
 * it: `>` creates or truncates, mode 0666 less the umask; `>>` appends; `<` reads), starting from
 * stdin ignored and both outputs piped to the runner. Returns the child's stdio and the fds to
 * close once it has started; undefined if an open fails or a dup would need a pipe the runner
 * cannot share: then every fd opened here is closed again and the shell runs the line, and
 * redoes these opens (for every open here, doing it twice has the effect of doing it once),
 * and fails where it fails, with its own message.
 */
function openRedirects(redirects, cwd) {
    const stdio = ['ignore', 'pipe', 'pipe'];
    const opened = [];
    const flags = { read: 'r', write: 'w', append: 'a' };
    try {
        for (const r of redirects) {
            if (r.op === 'dup') {
                const source = stdio[Number(r.target)];
                if (typeof source !== 'number')
                    throw new Error('a dup of a pipe');
                stdio[r.fd] = source;
                continue;
            }
            const fd = (0,external_node_fs_.openSync)((0,external_node_path_.resolve)(cwd, r.target), flags[r.op], 0o666);
            opened.push(fd);
            stdio[r.fd] = fd;
        }
        return { stdio, opened };
    }
    catch {
        for (const fd of opened)
            (0,external_node_fs_.closeSync)(fd);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/adapters/local/watchdog.ts

/**
 * Reads "+PGID" / "-PGID" lines on standard input. At end of input, which comes when reprokit
 * exits however it dies (SIGKILL, out of memory, a crash) because the kernel closes its end of
 * the pipe, it kills every process group still listed: stages never outlive reprokit.
 */
const SCRIPT = `pgs=" "
while read -r op pg; do
  case "$op$pgs" in
    +*) pgs="$pgs$pg " ;;
    -*" $pg "*) pgs="\${pgs%% $pg *} \${pgs#* $pg }" ;;
  esac
done
for pg in $pgs; do kill -s KILL -- "-$pg" 2>/dev/null; done
`;
/**
 * One watchdog process per reprokit process, started with the first stage. Not on Windows,
 * which has no process groups; there a SIGKILLed reprokit can leave a stage running
 * (docs/robustness.md).
 */
class Watchdog {
    child;
    broken = false;
    watch(pgid) {
        this.send(`+ ${pgid}\n`);
    }
    unwatch(pgid) {
        this.send(`- ${pgid}\n`);
    }
    send(line) {
        if (process.platform === 'win32' || this.broken)
            return;
        const child = this.child ?? this.start();
        if (!child?.stdin?.writable)
            return;
        child.stdin.write(line);
    }
    start() {
        try {
            const child = (0,external_node_child_process_.spawn)('/bin/sh', ['-c', SCRIPT], {
                stdio: ['pipe', 'ignore', 'ignore'],
                // Its own group: a Ctrl-C in the terminal or a kill of reprokit's group does not end it.
                detached: true,
            });
            child.on('error', () => (this.broken = true));
            child.stdin?.on('error', () => (this.broken = true));
            child.on('exit', () => (this.child = undefined));
            // It must not keep reprokit alive: its pipe closes when reprokit exits.
            child.unref();
            child.stdin?.unref?.();
            this.child = child;
            return child;
        }
        catch {
            this.broken = true;
            return undefined;
        }
    }
}
const watchdog = new Watchdog();

;// CONCATENATED MODULE: ./src/adapters/local/process-runner.ts




/** How long a stopped command may take to exit on SIGTERM before it gets SIGKILL. */
const KILL_GRACE_MS = 5000;
/** Process groups of the commands running now, so a second Ctrl-C can end them all. */
const live = new Set();
function signalGroup(pid, signal) {
    try {
        if (process.platform === 'win32')
            process.kill(pid, signal);
        else
            process.kill(-pid, signal);
    }
    catch {
        // already gone
    }
}
/** Ends every running command at once: the user asked twice. */
function killAllCommands() {
    for (const pid of live)
        signalGroup(pid, 'SIGKILL');
}
/**
 * Runs commands as child processes in their own process group, so a stop reaches the whole tree.
 * A simple command (spec.direct) is started without its shell when direct-exec.ts can tell how
 * the shell would have started it; if that start fails all the same, the shell runs the line.
 */
class ProcessRunner {
    async run(spec) {
        const direct = spec.direct && directStart(spec.direct, spec.cwd, spec.env);
        const redirected = direct && openRedirects(direct.redirects, spec.cwd);
        if (direct && redirected) {
            const outcome = await runChild(spec, { ...direct, ...redirected });
            // Only a program that never started may be tried again, through the shell.
            if (outcome.started || outcome.result.spawnError === undefined)
                return outcome.result;
        }
        const [file, ...args] = spec.argv;
        if (file === undefined)
            throw new Error('Internal error: empty argv');
        return (await runChild(spec, { file, args, env: spec.env })).result;
    }
}
function runChild(spec, start) {
    return new Promise((resolve) => {
        let child;
        try {
            child = (0,external_node_child_process_.spawn)(start.file, start.args, {
                cwd: spec.cwd,
                env: start.env,
                ...(start.argv0 !== undefined ? { argv0: start.argv0 } : {}),
                stdio: start.stdio ?? ['ignore', 'pipe', 'pipe'],
                detached: process.platform !== 'win32',
            });
        }
        finally {
            // The child has its copies of the redirected files (or never started).
            for (const fd of start.opened ?? [])
                (0,external_node_fs_.closeSync)(fd);
        }
        const pid = child.pid;
        if (pid !== undefined) {
            live.add(pid);
            watchdog.watch(pid);
        }
        let escalation;
        const stop = () => {
            if (pid === undefined)
                return;
            signalGroup(pid, 'SIGTERM');
            escalation = setTimeout(() => signalGroup(pid, 'SIGKILL'), KILL_GRACE_MS);
            escalation.unref();
        };
        const finish = (result) => {
            spec.signal.removeEventListener('abort', stop);
            if (escalation)
                clearTimeout(escalation);
            if (pid !== undefined) {
                // The shell may be gone while something it started in the group still runs.
                if (spec.signal.aborted)
                    signalGroup(pid, 'SIGKILL');
                live.delete(pid);
                watchdog.unwatch(pid);
            }
            resolve({ result, started: pid !== undefined });
        };
        if (spec.signal.aborted)
            stop();
        else
            spec.signal.addEventListener('abort', stop, { once: true });
        // A stream redirected to a file has no pipe here.
        child.stdout?.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stdout'));
        child.stderr?.setEncoding('utf8').on('data', (chunk) => spec.onOutput(chunk, 'stderr'));
        child.on('error', (e) => finish({ exitCode: null, signal: null, spawnError: e.message }));
        child.on('close', (exitCode, signal) => finish({ exitCode, signal }));
    });
}


/***/ }),

/***/ 4809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ processAlive)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Whether a process of this machine is alive. A zombie (dead, not yet reaped by its parent)
 * counts as dead. Permission errors mean it exists under another user.
 */
function processAlive(pid) {
    if (!Number.isSafeInteger(pid) || pid <= 0)
        return false;
    try {
        process.kill(pid, 0);
    }
    catch (e) {
        if (e.code !== 'EPERM')
            return false;
    }
    if (process.platform !== 'linux')
        return true;
    try {
        const stat = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
    }
    catch {
        return true; // /proc hidden (hidepid): kill(0) already said it exists
    }
}


/***/ }),

/***/ 3328:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ sweepTempFiles),
/* harmony export */   w: () => (/* binding */ sweepSiblingTemps)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _atomic_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2771);
/* harmony import */ var _processes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4809);




/** Temporary files of another host are left to it, unless they are older than this. */
const FOREIGN_TEMP_MAX_AGE_MS = 24 * 3600 * 1000;
/** `<name>.<host>-<pid>-<n>.tmp` (atomic.ts), or the older `<name>.<pid>[.<n>].tmp`. */
const TAGGED = /\.([0-9a-f]{8})-(\d+)-\d+\.tmp$/;
const UNTAGGED = /\.(\d+)(?:\.\d+)?\.tmp$/;
/**
 * Removes temporary files left by processes that died mid-write (SIGKILL, power loss): those of
 * this host whose writer is gone, and other hosts' after a day. Files of live writers (another
 * project writing into a shared cache store) are left alone. Best-effort: returns what it removed.
 */
function sweepTempFiles(dir, options) {
    const removed = [];
    walk(dir, options.depth, (file, name) => {
        if (!name.endsWith('.tmp') || !abandoned(file, name, options.now))
            return;
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file, { force: true });
            removed.push(file);
        }
        catch {
            // someone else swept it, or we may not: leave it
        }
    });
    return removed;
}
function abandoned(file, name, now) {
    const tagged = TAGGED.exec(name);
    if (tagged) {
        if (tagged[1] === _atomic_js__WEBPACK_IMPORTED_MODULE_2__/* .HOST_TAG */ .q4)
            return !(0,_processes_js__WEBPACK_IMPORTED_MODULE_3__/* .processAlive */ .F)(Number(tagged[2]));
        try {
            return now - (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).mtimeMs > FOREIGN_TEMP_MAX_AGE_MS;
        }
        catch {
            return false;
        }
    }
    const untagged = UNTAGGED.exec(name);
    return untagged !== null && !(0,_processes_js__WEBPACK_IMPORTED_MODULE_3__/* .processAlive */ .F)(Number(untagged[1]));
}
function walk(dir, depth, visit) {
    let entries;
    try {
        entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (depth > 0)
                walk(path, depth - 1, visit);
        }
        else
            visit(path, entry.name);
    }
}
/** Removes abandoned temporary copies of one file (`<file>.<host>-<pid>-<n>.tmp`) beside it. */
function sweepSiblingTemps(file, now) {
    const prefix = `${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(file)}.`;
    let names;
    try {
        names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file));
    }
    catch {
        return;
    }
    for (const name of names) {
        // Only names in our own tagged form: this is the user's directory.
        if (!name.startsWith(prefix) || !TAGGED.test(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), name);
        if (abandoned(path, name, now))
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(path, { force: true });
    }
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ hasErrors),
/* harmony export */   lm: () => (/* binding */ notice),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
function error(code, message, details = {}) {
    return { code, severity: 'error', message, ...details };
}
function notice(code, message, details = {}) {
    return { code, severity: 'notice', message, ...details };
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}


/***/ }),

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   nN: () => (/* binding */ renderMissingInput),
/* harmony export */   p: () => (/* binding */ missingParams),
/* harmony export */   sT: () => (/* binding */ dvcFileCandidates)
/* harmony export */ });
/* harmony import */ var _params_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1173);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);


function renderMissingInput(reason) {
    if (reason.kind === 'param-missing') {
        return reason.key === undefined
            ? `params file missing: ${reason.file}`
            : `param missing: ${reason.key} (not in ${reason.file})`;
    }
    return reason.trackedBy !== undefined
        ? `input missing: ${reason.path} (tracked by ${reason.trackedBy}; run \`dvc pull\`)`
        : `input missing: ${reason.path} (no stage produces it and no .dvc file tracks it)`;
}
/** The `.dvc` files that would track a path: its own, then each enclosing directory's. */
function dvcFileCandidates(path) {
    const out = [];
    for (let p = path; p !== ''; p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .parentDir */ .Qp)(p))
        out.push(`${p}.dvc`);
    return out;
}
/** The params a stage declares that its files do not hold. */
function missingParams(refs, files) {
    const missing = [];
    for (const ref of refs) {
        const doc = files.get(ref.file);
        if (doc === undefined) {
            missing.push({ kind: 'param-missing', file: ref.file });
            continue;
        }
        if (ref.keys === 'all')
            continue;
        for (const key of ref.keys)
            if (!(0,_params_js__WEBPACK_IMPORTED_MODULE_1__/* .lookup */ .$I)(doc, key).found)
                missing.push({ kind: 'param-missing', file: ref.file, key });
    }
    return missing;
}


/***/ }),

/***/ 507:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DO: () => (/* binding */ plainNumbers),
/* harmony export */   Qz: () => (/* binding */ pyFloat),
/* harmony export */   g$: () => (/* binding */ PyFloat)
/* harmony export */ });
/**
 * A YAML float whose value is a whole number (`20.0`, `0.0`, `1e3`). JavaScript has one number
 * type, so `20.0` and `20` would read the same; DVC (Python) keeps them apart and writes
 * `${lr}` as `20.0`. dvc.yaml and its vars files are parsed with these kept, so interpolated text
 * matches DVC's; they are turned back into numbers before anything else sees the values.
 */
class PyFloat {
    value;
    constructor(value) {
        this.value = value;
    }
    /** Not a plain object: parsers that turn object keys into "[object Object]" use toString. */
    get [Symbol.toStringTag]() {
        return 'PyFloat';
    }
    /** Python's `str()` of the float. */
    toString() {
        if (Object.is(this.value, -0))
            return '-0.0';
        if (Math.abs(this.value) < 1e16)
            return `${String(this.value)}.0`;
        const [mantissa, exponent] = this.value.toExponential().split('e');
        const sign = exponent.startsWith('-') ? '-' : '+';
        return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
    }
}
/** Wraps a parsed float when it is a whole number (other floats print the same in both languages). */
function pyFloat(value) {
    return Number.isFinite(value) && Number.isInteger(value) ? new PyFloat(value) : value;
}
/** The same value with every PyFloat turned back into a number. */
function plainNumbers(value) {
    if (value instanceof PyFloat)
        return value.value;
    if (Array.isArray(value))
        return value.map(plainNumbers);
    if (typeof value === 'object' && value !== null) {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = plainNumbers(v);
        return out;
    }
    return value;
}


/***/ }),

/***/ 5527:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ih: () => (/* binding */ stageKey),
/* harmony export */   LV: () => (/* binding */ buildFingerprint),
/* harmony export */   M: () => (/* binding */ treeDigestWithin),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   fZ: () => (/* binding */ treeDigest),
/* harmony export */   pF: () => (/* binding */ KEY_VERSION)
/* harmony export */ });
/* unused harmony exports compareText, sortedDeep */
/** Bump when the meaning of any fingerprint field changes. */
const KEY_VERSION = 1;
/**
 * Every object in the fingerprint is built with its keys in code-unit order, so plain
 * JSON.stringify already gives the canonical text (see canonicalJson) without sorting again:
 * keys are computed thousands of times per run.
 */
function buildFingerprint(stage, inputs) {
    return {
        cmd: stage.cmd,
        deps: sortedRecord(inputs.deps),
        env: sortedRecord(stage.env),
        ...(inputs.image !== undefined ? { image: inputs.image } : {}),
        keyVersion: KEY_VERSION,
        needs: stage.needs.map((n) => n.stage).sort(compareText),
        outs: stage.outs
            .map((o) => ({ cache: o.cache, path: o.path, persist: o.persist }))
            .sort((a, b) => compareText(a.path, b.path)),
        params: sortedDeep(inputs.params),
        salt: inputs.salt,
        shell: stage.shell,
        wdir: stage.wdir,
    };
}
/** sha256 of the canonical JSON of a fingerprint made by buildFingerprint. */
function stageKey(fingerprint, sha256) {
    return sha256(JSON.stringify(fingerprint));
}
/**
 * The digest of a set of files: SHA-256 over `sha256sum`-style lines (`<digest>  <relpath>\n`)
 * sorted by relative path, so anyone can recompute it with coreutils.
 */
function treeDigest(files, sha256) {
    // Directory listings come sorted: check (one pass) before sorting a copy.
    let sorted = true;
    for (let i = 1; i < files.length && sorted; i++)
        sorted = compareText(files[i - 1].relpath, files[i].relpath) <= 0;
    const inOrder = sorted ? files : [...files].sort((a, b) => compareText(a.relpath, b.relpath));
    const lines = new Array(inOrder.length);
    for (let i = 0; i < inOrder.length; i++) {
        const f = inOrder[i];
        lines[i] = `${f.digest}  ${f.relpath}\n`;
    }
    return sha256(lines.join(''));
}
/**
 * `treeDigest` of files inside `dir`, each line's relpath cut from its path as it is written:
 * no object and no relpath string per file (a directory dep can hold 100,000 files).
 */
function treeDigestWithin(files, dir, sha256) {
    // Inside one directory, the order of paths is the order of relpaths.
    const cut = dir === '' ? 0 : dir.length + 1;
    const lines = new Array(files.length);
    for (let i = 0; i < files.length; i++) {
        const f = files[i];
        if (i > 0 && compareText(files[i - 1].path, f.path) > 0)
            return treeDigest(files.map((g) => ({ relpath: g.path.slice(cut), digest: g.digest })), sha256);
        lines[i] = `${f.digest}  ${f.path.slice(cut)}\n`;
    }
    return sha256(lines.join(''));
}
/** JSON with object keys sorted at every level: equal values always give equal text. */
function canonicalJson(value) {
    if (value === null || typeof value !== 'object')
        return JSON.stringify(value) ?? 'null';
    if (Array.isArray(value))
        return `[${value.map(canonicalJson).join(',')}]`;
    const entries = Object.entries(value)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}
/** Code-unit order, independent of locale. */
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A copy with every object's keys in code-unit order (arrays keep their order). */
function sortedDeep(value) {
    if (value === null || typeof value !== 'object')
        return value;
    if (Array.isArray(value))
        return value.map(sortedDeep);
    const out = {};
    for (const key of Object.keys(value).sort(compareText)) {
        const item = value[key];
        if (item !== undefined)
            out[key] = sortedDeep(item);
    }
    return out;
}
function sortedRecord(record) {
    const out = {};
    for (const key of Object.keys(record).sort(compareText))
        out[key] = record[key];
    return out;
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   SO: () => (/* binding */ compileGlob),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   mo: () => (/* binding */ isGlobDep),
/* harmony export */   nn: () => (/* binding */ globMayMatchUnder),
/* harmony export */   pu: () => (/* binding */ resolveGlob),
/* harmony export */   yV: () => (/* binding */ isOutputPattern)
/* harmony export */ });
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8016);
/* harmony import */ var picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Globs in deps, with the semantics users know from picomatch/micromatch (and so from most
 * JavaScript tooling, .gitignore-style matchers and DVC/Snakemake habits): `*` `?` within a
 * segment, `**` across directories (`a/**` is everything under `a`), braces `{py,sql}` and
 * ranges `{1..3}`, classes `[abc]` `[!abc]` `[[:digit:]]`, extglobs `@(a|b)` `!(x)` `+(x)`,
 * backslash escapes `\*`, and dotfiles only when the pattern names the dot (`.*`, `.cache/*`).
 * Pure: matching only. Walking the file system is the workspace adapter's job.
 */

/** The options every match uses, so the walk, the graph and the digests agree. */
const OPTIONS = {
    dot: false,
    windows: false,
    // POSIX bracket expressions: `[!ab]` negates a class (without it picomatch reads `!` literally).
    posix: true,
    strictSlashes: false,
};
/** Characters that make a pattern; parentheses alone do not (`report (final).pdf` is a name). */
const PATTERN_CHARS = /[*?[{]|[@!+]\(/;
/** True when the text is a pattern (wildcards, braces, classes, extglobs), not a plain path. */
function isGlob(text) {
    return PATTERN_CHARS.test(text) && picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default().scan(text, OPTIONS).isGlob;
}
/** Outputs are exact paths: no pattern, and none of `*`, `?`, `[` even where they match literally. */
function isOutputPattern(text) {
    return /[*?[]/.test(text) || isGlob(text);
}
/**
 * A dep written with a backslash escapes a character (`data/\*literal.csv`): it is a pattern
 * matching that literal name, never a Windows separator.
 */
function isGlobDep(text) {
    return isGlob(text) || text.includes('\\');
}
const matchers = new Map();
/** A matcher for root-relative posix paths (compiled once per pattern). */
function compileGlob(pattern) {
    const known = matchers.get(pattern);
    if (known)
        return known;
    const matcher = picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default()(pattern, OPTIONS);
    matchers.set(pattern, matcher);
    return matcher;
}
/**
 * The literal directory before the first segment with a wildcard (or an escape): where a walk
 * has to start.
 */
function globBase(pattern) {
    const parts = segments(pattern);
    const base = [];
    for (const part of parts.slice(0, -1)) {
        if (isGlob(part) || part.includes('\\'))
            break;
        base.push(part);
    }
    return base.join('/');
}
/** Path segments of a pattern; a brace or extglob holding `/` stays one segment. */
function segments(pattern) {
    const parts = picomatch_posix_js__WEBPACK_IMPORTED_MODULE_0___default().scan(pattern, { ...OPTIONS, parts: true }).parts;
    return parts && parts.length > 0 ? parts : pattern.split('/');
}
/**
 * Could `dir` itself, or something under it, match the pattern? Used to connect a glob dep to
 * another stage's output (a file or a directory) and to prune the walk. Errs towards yes.
 */
function globMayMatchUnder(pattern, dir) {
    const parts = segments(pattern);
    const names = dir === '' ? [] : dir.split('/');
    for (let i = 0; i < names.length; i++) {
        const segment = parts[i];
        if (segment === undefined)
            return false;
        if (segment.includes('**') || segment.includes('/'))
            return true;
        if (!compileGlob(segment)(names[i]))
            return false;
    }
    return true;
}
/**
 * A pattern written relative to a stage's wdir, made root-relative. Leading `./` and `../`
 * segments are resolved (and may not leave the project); the rest is kept as written, escapes
 * included. `..` after the first wildcard could lead anywhere, so it is refused.
 */
function resolveGlob(base, pattern) {
    if (pattern === '')
        return { ok: false, reason: 'is empty' };
    if (pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern))
        return { ok: false, reason: 'is an absolute path' };
    if (pattern.includes('\0'))
        return { ok: false, reason: 'contains a NUL byte' };
    const parts = base === '' ? [] : base.split('/');
    const rest = pattern.replace(/\/+$/, '').split('/');
    while (rest.length > 0 && (rest[0] === '.' || rest[0] === '..' || rest[0] === '')) {
        if (rest.shift() === '..') {
            if (parts.length === 0)
                return { ok: false, reason: 'leaves the project directory' };
            parts.pop();
        }
    }
    if (rest.length === 0)
        return { ok: false, reason: 'names no file' };
    if (rest.includes('..'))
        return { ok: false, reason: 'uses .. after a wildcard (write the directory first)' };
    return { ok: true, pattern: [...parts, ...rest].join('/') };
}


/***/ }),

/***/ 2479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ZG: () => (/* binding */ buildGraph),
/* harmony export */   "do": () => (/* binding */ producersOf),
/* harmony export */   ic: () => (/* binding */ selectWithUpstream)
/* harmony export */ });
/* unused harmony exports OutputIndex, finalStages */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7135);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6085);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6107);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9294);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2085);





/** Finds the outputs that overlap a path, without scanning every output. */
class OutputIndex {
    byPath = new Map();
    sorted;
    constructor(stages) {
        for (const stage of stages)
            for (const out of stage.outs)
                if (!this.byPath.has(out.path))
                    this.byPath.set(out.path, { stage, out });
        this.sorted = [...this.byPath.keys()].sort();
    }
    get(path) {
        return this.byPath.get(path);
    }
    /** The output equal to `path` or a directory output containing it. */
    containing(path) {
        for (let p = path; p !== ''; p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .parentDir */ .Qp)(p)) {
            const hit = this.byPath.get(p);
            if (hit)
                return hit;
        }
        return undefined;
    }
    /** Outputs strictly inside directory `dir`. */
    inside(dir) {
        const prefix = dir + '/';
        const found = [];
        for (let i = lowerBound(this.sorted, prefix); i < this.sorted.length; i++) {
            const path = this.sorted[i];
            if (!path.startsWith(prefix))
                break;
            found.push(this.byPath.get(path));
        }
        return found;
    }
    /** Every output overlapping `path` (containing it, equal, or inside it). */
    overlapping(path) {
        const container = this.containing(path);
        return container ? [container, ...this.inside(path)] : this.inside(path);
    }
    all() {
        return [...this.byPath.values()];
    }
}
function lowerBound(sorted, value) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < value)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Connects stages through their files and `needs`; reports clashes, unknown stages and cycles. */
function buildGraph(pipeline) {
    const diagnostics = [];
    const byName = new Map(pipeline.stages.map((s) => [s.name, s]));
    diagnostics.push(...checkOutputs(pipeline.stages));
    const producers = new OutputIndex(pipeline.stages);
    const upstream = new Map(pipeline.stages.map((s) => [s.name, []]));
    const downstream = new Map(pipeline.stages.map((s) => [s.name, []]));
    const addEdge = (edge) => {
        const list = upstream.get(edge.to);
        if (list.some((e) => e.from === edge.from))
            return;
        list.push(edge);
        downstream.get(edge.from).push(edge);
    };
    for (const stage of pipeline.stages) {
        for (const dep of stage.deps) {
            for (const hit of producersOf(dep, producers)) {
                // A glob may sweep over the stage's own outputs: they are simply not part of the dep.
                if (hit.stage.name === stage.name && dep.kind === 'glob')
                    continue;
                if (hit.stage.name === stage.name) {
                    diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('cycle', `stage "${stage.name}" reads its own output "${hit.out.path}"`, {
                        source: dep.source,
                        related: [{ message: 'declared as an output here', source: hit.out.source }],
                        hint: 'a stage cannot depend on what it writes: remove the dep, or split the stage in two',
                    }));
                    continue;
                }
                addEdge({ kind: 'dep', from: hit.stage.name, to: stage.name, dep, out: hit.out });
            }
        }
        for (const need of stage.needs) {
            if (!byName.has(need.stage)) {
                const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_3__/* .closest */ .k)(need.stage, [...byName.keys()]);
                diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('unknown-stage', `stage "${stage.name}" needs "${need.stage}", which is not a stage`, {
                    source: need.source,
                    hint: guess
                        ? `did you mean "${guess}"?`
                        : 'list the name of a stage declared under `stages:`',
                }));
            }
            else if (need.stage === stage.name) {
                diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('cycle', `stage "${stage.name}" needs itself`, {
                    source: need.source,
                    hint: 'remove it from needs: list only the stages that must finish before this one',
                }));
            }
            else
                addEdge({ kind: 'needs', from: need.stage, to: stage.name, need });
        }
    }
    if (diagnostics.length > 0)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(diagnostics);
    const sorted = topologicalOrder(pipeline.stages, upstream, downstream);
    if (!sorted.ok)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)([sorted.error]);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)({ order: sorted.value, byName, upstream, downstream, producers });
}
/** The outputs a dep reads: the path overlapping them, or a glob that may match under them. */
function producersOf(dep, producers) {
    if (dep.kind !== 'glob')
        return producers.overlapping(dep.path);
    return producers.all().filter(({ out }) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMayMatchUnder */ .nn)(dep.path, out.path));
}
/** Two stages writing the same path, or one writing inside another's output directory. */
function checkOutputs(stages) {
    const diagnostics = [];
    const seen = new Map();
    for (const stage of stages) {
        for (const out of stage.outs) {
            const previous = seen.get(out.path);
            if (previous) {
                diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('duplicate-output', `output "${out.path}" of stage "${stage.name}" is also an output of stage "${previous.stage.name}"`, {
                    source: out.source,
                    related: [
                        {
                            message: `first declared by stage "${previous.stage.name}" here`,
                            source: previous.out.source,
                        },
                    ],
                    hint: 'each file is written by exactly one stage: rename one output or merge the stages',
                }));
                continue;
            }
            seen.set(out.path, { stage, out });
        }
    }
    for (const [path, entry] of seen) {
        for (let p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .parentDir */ .Qp)(path); p !== ''; p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .parentDir */ .Qp)(p)) {
            const outer = seen.get(p);
            if (!outer)
                continue;
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('overlapping-output', `output "${path}" of stage "${entry.stage.name}" lies inside output "${p}" of stage "${outer.stage.name}"`, {
                source: entry.out.source,
                related: [{ message: `"${p}" is declared here`, source: outer.out.source }],
                hint: 'outputs may not nest: write to a sibling directory, or declare only the outer directory',
            }));
            break;
        }
    }
    return diagnostics;
}
/** Kahn's algorithm, taking the earliest-declared ready stage first so the order is stable. */
function topologicalOrder(stages, upstream, downstream) {
    const index = new Map(stages.map((s, i) => [s.name, i]));
    const waiting = new Map(stages.map((s) => [s.name, (upstream.get(s.name) ?? []).length]));
    const ready = new MinHeap();
    for (const s of stages)
        if (waiting.get(s.name) === 0)
            ready.push(index.get(s.name));
    const order = [];
    while (ready.size > 0) {
        const stage = stages[ready.pop()];
        order.push(stage);
        for (const edge of downstream.get(stage.name) ?? []) {
            const left = waiting.get(edge.to) - 1;
            waiting.set(edge.to, left);
            if (left === 0)
                ready.push(index.get(edge.to));
        }
    }
    if (order.length === stages.length)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__.ok)(order);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._)(cycleDiagnostic(findCycle(stages, upstream, waiting)));
}
/** Walks upstream edges among the stages left over until a stage repeats. */
function findCycle(stages, upstream, waiting) {
    const stuck = stages.find((s) => waiting.get(s.name) > 0);
    const trail = [];
    const visitedAt = new Map();
    let current = stuck.name;
    while (!visitedAt.has(current)) {
        visitedAt.set(current, trail.length);
        const edge = (upstream.get(current) ?? []).find((e) => waiting.get(e.from) > 0);
        trail.push(edge);
        current = edge.from;
    }
    return trail.slice(visitedAt.get(current)).reverse();
}
function cycleDiagnostic(cycle) {
    const names = [...cycle.map((e) => e.from), cycle[0]?.from ?? ''];
    const related = cycle.map((edge) => edge.kind === 'dep'
        ? {
            message: `"${edge.to}" reads "${edge.dep.path}", written by "${edge.from}"`,
            source: edge.dep.source,
        }
        : { message: `"${edge.to}" needs "${edge.from}"`, source: edge.need.source });
    return (0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3)('cycle', `the stages form a cycle: ${names.join(' → ')}`, {
        ...(cycle[0] ? { source: edgeSource(cycle[0]) } : {}),
        related,
        hint: 'a stage cannot depend, directly or through others, on its own result: remove one of these edges',
    });
}
function edgeSource(edge) {
    return edge.kind === 'dep' ? edge.dep.source : edge.need.source;
}
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(value) {
        const items = this.items;
        items.push(value);
        let i = items.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (items[parent] <= value)
                break;
            items[i] = items[parent];
            i = parent;
        }
        items[i] = value;
    }
    pop() {
        const items = this.items;
        const top = items[0];
        const last = items.pop();
        if (items.length > 0) {
            let i = 0;
            for (;;) {
                const left = 2 * i + 1;
                if (left >= items.length)
                    break;
                const right = left + 1;
                const child = right < items.length && items[right] < items[left] ? right : left;
                if (items[child] >= last)
                    break;
                items[i] = items[child];
                i = child;
            }
            items[i] = last;
        }
        return top;
    }
}
/** The named stages and everything they need, in topological order. */
function selectWithUpstream(graph, targets) {
    if (targets.length === 0)
        return [...graph.order];
    const wanted = new Set();
    const stack = [...targets];
    while (stack.length > 0) {
        const name = stack.pop();
        if (wanted.has(name))
            continue;
        wanted.add(name);
        for (const edge of graph.upstream.get(name) ?? [])
            stack.push(edge.from);
    }
    return graph.order.filter((s) => wanted.has(s.name));
}
/** Stages nothing depends on (the results a user looks at). */
function finalStages(graph, among) {
    const names = new Set(among.map((s) => s.name));
    return among.filter((s) => !(graph.downstream.get(s.name) ?? []).some((e) => names.has(e.to)));
}


/***/ }),

/***/ 1970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cq: () => (/* binding */ DocReader),
/* harmony export */   nK: () => (/* binding */ isPlainMap)
/* harmony export */ });
/* unused harmony export describe */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2085);


/** Typed access to a parsed document that records positioned diagnostics instead of throwing. */
class DocReader {
    file;
    diagnostics = [];
    constructor(file) {
        this.file = file;
    }
    ref(path, at = 'value') {
        return { file: this.file, path, at };
    }
    report(diagnostic) {
        this.diagnostics.push(diagnostic);
    }
    wrongType(path, what, expected, value, example) {
        this.report((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('wrong-type', `${what} must be ${expected}, not ${describe(value)}`, {
            source: this.ref(path),
            hint: example ? `write it like: ${example}` : typeHint(expected),
        }));
    }
    map(value, path, what, example) {
        if (isPlainMap(value))
            return value;
        this.wrongType(path, what, 'a mapping (key: value)', value, example);
        return undefined;
    }
    /** Reports keys outside `allowed`, suggesting the closest allowed one. */
    checkKeys(map, path, allowed, context) {
        for (const key of Object.keys(map)) {
            if (allowed.includes(key))
                continue;
            const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(key, allowed);
            this.report((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('unknown-key', `unknown key "${key}" ${context}`, {
                source: this.ref([...path, key], 'key'),
                hint: guess ? `did you mean "${guess}"?` : `allowed keys: ${allowed.join(', ')}`,
            }));
        }
    }
    string(value, path, what, example) {
        if (typeof value === 'string')
            return value;
        this.wrongType(path, what, 'a string', value, example);
        return undefined;
    }
    /** Strings, numbers and booleans all become strings (env values, keys written as numbers). */
    scalarString(value, path, what) {
        if (typeof value === 'string')
            return value;
        if (typeof value === 'number' || typeof value === 'boolean')
            return String(value);
        this.wrongType(path, what, 'a string, number or boolean', value);
        return undefined;
    }
    boolean(value, path, what) {
        if (typeof value === 'boolean')
            return value;
        this.wrongType(path, what, 'true or false', value);
        return undefined;
    }
    /** A string or a list of strings. */
    stringList(value, path, what, example) {
        if (typeof value === 'string')
            return [value];
        if (!Array.isArray(value)) {
            this.wrongType(path, what, 'a string or a list of strings', value, example);
            return [];
        }
        const out = [];
        value.forEach((item, index) => {
            const text = this.string(item, [...path, index], `each entry of ${what}`, example);
            if (text !== undefined)
                out.push(text);
        });
        return out;
    }
    list(value, path, what, example) {
        if (Array.isArray(value))
            return value;
        if (typeof value === 'string')
            return [value];
        this.wrongType(path, what, 'a list', value, example);
        return [];
    }
    env(value, path, what) {
        const map = this.map(value, path, what, '{LC_ALL: C}');
        const env = {};
        if (!map)
            return env;
        for (const [name, raw] of Object.entries(map)) {
            if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
                this.report((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('invalid-name', `"${name}" is not a valid environment variable name`, {
                    source: this.ref([...path, name], 'key'),
                    hint: 'use letters, digits and underscores, not starting with a digit',
                }));
                continue;
            }
            const text = this.scalarString(raw, [...path, name], `env ${name}`);
            if (text !== undefined)
                env[name] = text;
        }
        return env;
    }
}
function isPlainMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function describe(value) {
    if (value === null || value === undefined)
        return 'empty';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return `the string "${value.length > 40 ? value.slice(0, 40) + '…' : value}"`;
    return `${typeof value} ${String(value)}`;
}
function typeHint(expected) {
    if (expected === 'true or false')
        return 'write true or false without quotes';
    if (expected === 'a string')
        return 'quote the value: "..."';
    if (expected.startsWith('a string or a list'))
        return 'write one string, or a list like [a, b]';
    if (expected.startsWith('a mapping'))
        return 'write key: value pairs indented under it';
    if (expected === 'a list')
        return 'write a list like [a, b] or one item per line starting with "- "';
    return `change it to ${expected}`;
}


/***/ }),

/***/ 2197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DZ: () => (/* binding */ projectPath),
  dh: () => (/* binding */ readDeps),
  LE: () => (/* binding */ readParams),
  st: () => (/* binding */ readReprokitManifest)
});

// UNUSED EXPORTS: DEFAULT_PARAMS_FILE, STAGE_NAME, readDepList

// EXTERNAL MODULE: ./src/core/diagnostics.ts
var diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(9294);
// EXTERNAL MODULE: ./src/core/plots/definitions.ts
var definitions = __webpack_require__(9710);
// EXTERNAL MODULE: ./src/core/remote-url.ts
var remote_url = __webpack_require__(9237);
// EXTERNAL MODULE: ./src/core/plots/types.ts
var types = __webpack_require__(1945);
;// CONCATENATED MODULE: ./src/core/duration.ts

/**
 * Digits (seconds), or h, m, s components in that order, each at most once: `1h30m`, `2m5s`,
 * `0.5s`. Shared with the JSON schema (schema.ts), so editors and the validator agree.
 */
const DURATION_PATTERN = '^\\d+(\\.\\d+)?$|^(?=.)(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$';
const SECONDS = /^\d+(?:\.\d+)?$/;
const COMPONENTS = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;
const HOUR_MS = 3_600_000;
/** Longer than any CI job may run (a year): surely a typo, e.g. milliseconds written as seconds. */
const MAX_MS = 366 * 24 * HOUR_MS;
/**
 * Parses a duration. A number (or a string of digits) is seconds. `zero: 'allowed'` for delays
 * (no wait between attempts); a timeout of zero would fail every stage, so it is refused there.
 */
function parseDuration(value, options) {
    const parsed = typeof value === 'number' ? fromNumber(value) : fromText(value);
    if (!parsed.ok)
        return parsed;
    const { ms } = parsed.value;
    if (ms === 0 && options.zero === 'refused')
        return (0,result/* err */._)('zero');
    if (ms > MAX_MS)
        return (0,result/* err */._)('too-long');
    return parsed;
}
function fromNumber(value) {
    if (!Number.isFinite(value))
        return (0,result/* err */._)('not-a-duration');
    if (value < 0)
        return (0,result/* err */._)('negative');
    return (0,result.ok)({ ms: Math.round(value * 1000), text: `${value}s` });
}
function fromText(text) {
    if (/^\s*-/.test(text))
        return (0,result/* err */._)('negative');
    if (SECONDS.test(text))
        return (0,result.ok)({ ms: Math.round(Number(text) * 1000), text: `${text}s` });
    const match = text === '' ? null : COMPONENTS.exec(text);
    if (!match)
        return (0,result/* err */._)('not-a-duration');
    const [, h, m, s] = match;
    const ms = Number(h ?? 0) * HOUR_MS + Number(m ?? 0) * 60_000 + Number(s ?? 0) * 1000;
    return (0,result.ok)({ ms: Math.round(ms), text });
}

;// CONCATENATED MODULE: ./src/core/manifest/schema.ts
/**
 * The grammar of reprokit.yml, in one place. The JSON schema for editors
 * (schema/reprokit.schema.json, written by `npm run schema`) is generated from it, and the
 * validator (reprokit.ts) takes its keys, enums and name patterns from it, so the two cannot
 * disagree on what is allowed where. __tests__/manifest/schema-corpus.test.ts runs a corpus of
 * manifests through both and demands the same verdict.
 *
 * Adding a field: add it to the `properties` below (type, description); the validator then
 * accepts the key and reports it unknown nowhere; read its value in reprokit.ts; run
 * `npm run schema` and commit the schema. Rules that a JSON schema cannot express (paths that
 * leave the project, names of other stages, overlapping outputs) are stated in descriptions.
 */


/** Stage names: what `needs`, the CLI and cache keys can carry safely. */
const STAGE_NAME_PATTERN = '^[A-Za-z0-9_.-]+$';
/** Environment variable names. */
const ENV_NAME_PATTERN = '^[A-Za-z_][A-Za-z0-9_]*$';
/** Artifact names. */
const ARTIFACT_NAME_PATTERN = '^[A-Za-z0-9_.-]+$';
const SHELLS = ['bash', 'sh', 'pwsh'];
/** Not absolute (`/x`, `\x`, `C:\x`). */
const NOT_ABSOLUTE = '(?![/\\\\])(?![A-Za-z]:[/\\\\])';
/** Not starting by leaving the root (`..`, `../x`). */
const NOT_LEAVING = '(?!\\.\\.([/\\\\]|$))';
/** Some character that is not white space. */
const NOT_BLANK = '\\S';
const ref = (name) => ({ $ref: `#/definitions/${name}` });
const oneOrMany = (item, description) => ({
    ...(description ? { description } : {}),
    oneOf: [item, { type: 'array', items: item }],
});
const OUTS_RULES = 'Rules checked when the manifest is loaded (a JSON schema cannot express them): the path must stay inside the project (`..` may not leave it, no symlink out of it); two stages may not declare the same output, nor one output inside another; a stage may not read its own output.';
const outputOptions = (what) => ({
    type: 'object',
    description: `${what} with options.`,
    additionalProperties: false,
    required: ['path'],
    properties: {
        path: {
            ...ref('outputPath'),
            description: `Path of the ${what === 'Output' ? 'output' : 'metrics file'}: a file, or a directory (trailing / optional), relative to the stage's wdir. Not a glob.`,
        },
        cache: {
            type: 'boolean',
            default: true,
            description: 'Store this output in the cache so it can be restored without re-running (default true). false: still tracked (its content feeds downstream keys and freshness) but never stored or restored; for large or cheap-to-rebuild files.',
        },
        persist: {
            type: 'boolean',
            default: false,
            description: "Keep this output when the stage re-runs instead of deleting it first (default false): for commands that update a file or directory in place (an append-only log, a checkpoint directory, R targets' `_targets/`, `.snakemake/`, Quarto's `_freeze/`). When it is missing (a fresh checkout, CI), its latest recorded version is restored from the cache before the stage runs, so such tools work incrementally there too.",
        },
    },
});
const outputList = (what, description) => ({
    description,
    oneOf: [
        ref('outputPath'),
        { type: 'array', items: { oneOf: [ref('outputPath'), outputOptions(what)] } },
    ],
});
/**
 * A container image reference: `[registry[:port]/]name[:tag][@sha256:<64 hex>]`. Never starting
 * with `-`, so it cannot be read as a docker option.
 */
const IMAGE_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._/-]*(:[A-Za-z0-9._-]+)?(/[A-Za-z0-9._/-]+(:[A-Za-z0-9._-]+)?)?(@sha256:[a-f0-9]{64})?$';
const DURATION_TEXT = 'A duration: `90s`, `10m`, `2h`, `1h30m` (h, m, s in that order), or a number of seconds.';
/** Time limits and retries: per stage, and as `defaults:` for every stage (read by runtime.ts). */
const RUNTIME_PROPERTIES = {
    timeout: {
        ...ref('duration'),
        description: `How long one attempt of the stage's commands may run; then its whole process group gets SIGTERM, and SIGKILL 5 s later, and the attempt fails ("timed out after 10m"). ${DURATION_TEXT} A timeout of 0 is refused (every attempt would fail). Default: no limit. Not part of the stage key.`,
        examples: ['10m', '1h30m', 90],
    },
    retries: {
        type: 'integer',
        minimum: 0,
        default: 0,
        description: 'Extra attempts after a failed one (a non-zero exit, a kill, a timeout, a declared output not written): 2 means up to 3 attempts. Outputs of a failed attempt are deleted before the next and never cached. Not part of the stage key.',
    },
    retry_delay: {
        ...ref('duration'),
        default: '1s',
        description: `The wait before each extra attempt, the same every time (no backoff). ${DURATION_TEXT} Default 1s. Not part of the stage key.`,
    },
};
/** How a plot is drawn (DVC's option names); read by core/plots/definitions.ts. */
const PLOT_PROPERTIES = {
    template: {
        type: 'string',
        enum: types/* PLOT_TEMPLATES */.Ch,
        default: 'linear',
        description: "DVC's template name. linear, simple, smooth and scatter are drawn as lines (scatter as points in the HTML page), bar_horizontal(_sorted) as bars, confusion(_normalized) as a matrix table with changes against the base.",
    },
    x: {
        description: 'The x field (`epoch`), or `{file: field}` to take it from another file. Default: the row number (`step`).',
        oneOf: [
            { type: ['string', 'number'] },
            { type: 'object', minProperties: 1, additionalProperties: { type: ['string', 'number'] } },
        ],
    },
    y: {
        description: 'The y field or fields; for a named plot, `{file: field or [fields]}` naming the data files. Default: the last field of the file.',
        oneOf: [
            { type: ['string', 'number'] },
            { type: 'array', items: { type: ['string', 'number'] } },
            {
                type: 'object',
                minProperties: 1,
                additionalProperties: {
                    oneOf: [
                        { type: ['string', 'number', 'null'] },
                        { type: 'array', items: { type: ['string', 'number'] } },
                    ],
                },
            },
        ],
    },
    title: { type: 'string', description: 'Chart title (default: the file or plot name).' },
    x_label: { type: 'string', description: 'x axis label (default: the x field).' },
    y_label: { type: 'string', description: 'y axis label (default: the y field).' },
    header: {
        type: 'boolean',
        description: 'Accepted for DVC compatibility; CSV/TSV files must have a header row.',
    },
};
const plotOutput = {
    type: 'object',
    description: 'A plots file with options.',
    additionalProperties: false,
    required: ['path'],
    properties: { ...(outputOptions('Output').properties ?? {}), ...PLOT_PROPERTIES },
};
/** Keys of a stage, in the order the docs list them. */
const STAGE_PROPERTIES = {
    desc: {
        type: 'string',
        description: 'What the stage does, for people (shown by `reprokit dag` and `status`). Not part of the stage key.',
    },
    cmd: {
        description: 'The command line, or a list of command lines run one after the other (the stage fails at the first that fails). Runs in `wdir` with `shell`. Part of the stage key. An empty command is an error: a stage that does nothing would always "succeed".',
        oneOf: [
            { type: 'string', pattern: NOT_BLANK, description: 'One command line.' },
            {
                type: 'array',
                minItems: 1,
                items: { type: 'string', pattern: NOT_BLANK },
                description: 'Command lines run in sequence; the stage stops at the first failure.',
            },
        ],
    },
    wdir: {
        type: 'string',
        minLength: 1,
        pattern: `^${NOT_ABSOLUTE}${NOT_LEAVING}`,
        description: "Working directory of `cmd`, relative to the project root; this stage's deps, outs, metrics and params files are relative to it too. Default: the project root (.). Part of the stage key.",
        default: '.',
    },
    env: {
        ...ref('env'),
        description: 'Environment variables for this stage, overlaid on the global `env`. Part of the stage key.',
    },
    shell: {
        type: 'string',
        enum: SHELLS,
        default: 'bash',
        description: 'Shell that runs `cmd`: bash (default: bash --noprofile --norc -e -o pipefail -c), sh (sh -e -c) or pwsh (pwsh -NoProfile -NonInteractive -Command). Part of the stage key.',
    },
    deps: oneOrMany(ref('dep'), "Files, directories and globs the command reads; their content is part of the stage key. `!pattern` leaves matching files out of the glob and directory deps. A dep that is, contains or lies inside another stage's output makes that stage run first; any other dep must exist, and a glob must match at least one file unless written `{path: pattern, optional: true}`. Checked when loading (not expressible here): paths may not leave the project."),
    params: {
        description: 'Params the command reads. List items: a dotted key of the default params file (`train.lr`), `{file.yaml: [keys]}`, `{file.yaml: key}`, or `{file.yaml: null}` for a whole file. A single key or a single mapping `{file.yaml: [keys]}` is accepted instead of a list. Only the selected values are part of the stage key. Checked when loading (not expressible here): the params file and every key must exist.',
        oneOf: [
            ref('paramKey'),
            { type: 'array', items: { oneOf: [ref('paramKey'), ref('paramsFromFile')] } },
            ref('paramsFromFile'),
        ],
    },
    outs: outputList('Output', `Files or directories the command writes. Deleted before the command runs (unless persist), required to exist after it, stored in the cache (unless cache: false). Declared outs and their options are part of the stage key. ${OUTS_RULES}`),
    metrics: outputList('Metrics file', `Outputs that are metrics files (JSON or YAML), shown and compared between runs. Same forms and options as \`outs\` (do not list them in \`outs\` too). ${OUTS_RULES}`),
    plots: {
        description: `Outputs that are plots data (CSV, TSV, JSON or YAML rows) or images (PNG, SVG, JPEG, GIF), drawn in the job summary, the pull-request comment (base vs this PR) and \`reprokit plots\`. Same options as \`outs\` plus how to draw them (template, x, y, title, x_label, y_label). ${OUTS_RULES}`,
        oneOf: [
            ref('outputPath'),
            { type: 'array', items: { oneOf: [ref('outputPath'), plotOutput] } },
        ],
    },
    needs: oneOrMany(ref('stageName'), 'Stages that must finish before this one although no declared file connects them (e.g. one that loads a database this stage queries). Part of the stage key. Checked when loading (not expressible here): each must name a stage of this manifest, and the stages may not form a cycle.'),
    always_run: {
        type: 'boolean',
        default: false,
        description: 'Never fresh: the stage runs on every `reprokit run` (e.g. a download of data that changes upstream). Downstream stages still re-run only if its outputs change.',
    },
    frozen: {
        type: 'boolean',
        default: false,
        description: 'Never re-run: the recorded outputs are used as they are, even if deps or params changed (e.g. an expensive training run you want to keep).',
    },
    ...RUNTIME_PROPERTIES,
    image: {
        type: 'string',
        pattern: IMAGE_PATTERN,
        description: "Container image the commands run in, through `docker run --rm` (workspace mounted at the same path, working directory kept, your user id, network on; only the manifest's env is passed in). A tag (`python:3.12-slim`) or, for reproducible keys, a digest (`python@sha256:…`). The image's digest (else the reference as written) is part of the stage key. See docs/manifest.md#containers.",
        examples: [
            'python:3.12-slim',
            'ghcr.io/org/train@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
        ],
    },
};
const PUBLISH_PROPERTIES = {
    pages: {
        ...ref('rootPath'),
        description: 'A directory (usually a stage output containing index.html) to deploy to GitHub Pages, relative to the project root.',
        examples: ['site', 'site/'],
    },
    artifacts: {
        type: 'object',
        description: 'Artifacts to upload, by name (letters, digits, `_`, `.`, `-`): a path or a list of paths relative to the project root, e.g. {report: site/, data: [data/agg/, metrics.json]}.',
        propertyNames: { pattern: ARTIFACT_NAME_PATTERN },
        additionalProperties: oneOrMany(ref('rootPath'), 'A path, or a list of paths, making up this artifact.'),
    },
};
/** The team cache (docs/remote-cache.md); read by cache-settings.ts. */
const CACHE_PROPERTIES = {
    remote: {
        type: 'string',
        pattern: '^s3://[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](/.*)?$',
        description: "Where the remote cache lives, s3://bucket/prefix. The CLI's --remote, the action's remote input and the REPROKIT_REMOTE variable override it.",
        examples: ['s3://my-team-cache/reprokit'],
    },
    endpoint: {
        type: 'string',
        pattern: '^https?://',
        description: "An S3-compatible store's URL (MinIO, Cloudflare R2, Ceph RGW); path-style addressing is used with it. AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL work too.",
    },
    region: {
        type: 'string',
        description: "The bucket's region (default: AWS_REGION, else us-east-1 with redirects followed).",
    },
};
const TOP_PROPERTIES = {
    params: {
        ...ref('rootPath'),
        description: "Default params file (YAML or JSON), relative to the project root. The dotted keys in a stage's `params` list are looked up in this file. Default: params.yaml.",
        default: 'params.yaml',
        examples: ['params.yaml', 'config/params.json'],
    },
    env: {
        ...ref('env'),
        description: "Environment variables for every stage (a stage's own `env` overlays these), e.g. {LC_ALL: C, TZ: UTC}. Part of every stage key: changing a value re-runs every stage. Variables inherited from your shell (PATH, HOME, ...) are passed through but are not part of any key.",
    },
    stages: {
        type: 'object',
        description: 'The stages, by name (letters, digits, `_`, `.`, `-`). Their order in the file does not matter: dependencies come from deps, outs and needs; file order only breaks ties between independent stages in listings.',
        propertyNames: ref('stageName'),
        additionalProperties: ref('stage'),
    },
    publish: {
        type: 'object',
        description: 'What to publish after a run (GitHub Pages, workflow artifacts). Each path must be a stage output, inside one, or an existing file or directory (checked when loading).',
        additionalProperties: false,
        properties: PUBLISH_PROPERTIES,
    },
    defaults: {
        type: 'object',
        description: 'Defaults for every stage: `timeout`, `retries`, `retry_delay`. A stage that sets its own value overrides the default.',
        additionalProperties: false,
        properties: RUNTIME_PROPERTIES,
    },
    plots: {
        type: 'array',
        description: "Plots to draw (DVC's top-level `plots:` forms): a data file or image path relative to the project root, `{path: {options}}`, or a named plot `{Name: {x: field, y: {file.csv: field}}}` comparing several files. Files are usually stage outputs; their rows are recorded with the stage so the pull-request comment compares them with the base branch without downloads.",
        items: {
            oneOf: [
                ref('rootPath'),
                {
                    type: 'object',
                    minProperties: 1,
                    maxProperties: 1,
                    additionalProperties: {
                        oneOf: [
                            { type: 'null' },
                            { type: 'object', additionalProperties: false, properties: PLOT_PROPERTIES },
                        ],
                    },
                },
            ],
        },
    },
    cache: {
        type: 'object',
        description: 'Team cache shared by laptops and CI on S3-compatible object storage (docs/remote-cache.md).',
        additionalProperties: false,
        properties: CACHE_PROPERTIES,
    },
};
const DEP_OPTIONS = {
    path: ref('depPath'),
    optional: {
        type: 'boolean',
        default: false,
        description: 'true: the glob may match no file (the stage then runs without it); otherwise matching nothing is an error naming the pattern and the stage. Only for globs.',
    },
};
const DEFINITIONS = {
    rootPath: {
        type: 'string',
        minLength: 1,
        pattern: `^${NOT_ABSOLUTE}${NOT_LEAVING}`,
        description: 'A path relative to the project root, with / separators. Absolute paths and paths leaving the project (../) are errors.',
    },
    outputPath: {
        type: 'string',
        minLength: 1,
        pattern: `^${NOT_ABSOLUTE}(?!.*\\{[^}]*,[^}]*\\})(?!.*[@!+]\\()[^*?[]*$`,
        description: "A file or directory (trailing / optional) the stage writes, relative to its wdir. Exact path, no glob; must stay inside the project; may not be, contain or lie inside another stage's output.",
    },
    depPath: {
        type: 'string',
        minLength: 1,
        pattern: `^!?${NOT_ABSOLUTE}`,
        description: "A file, a directory (trailing / optional: every file under it counts) or a glob, relative to the stage's wdir; `!pattern` excludes. Globs (picomatch syntax): `*` `?` within a segment, `**` across directories (`a/**` is everything under a), `{py,sql}` braces, `[abc]` `[!abc]` classes, `@(a|b)` `!(x)` extglobs, `\\*` escapes; `*` and `**` skip dotfiles unless the pattern names the dot (`.*`, `.cache/**`). A glob that matches no file is an error. Quote a pattern that starts with `*` or `!` in YAML.",
    },
    dep: {
        oneOf: [
            ref('depPath'),
            {
                type: 'object',
                description: 'A glob with options.',
                additionalProperties: false,
                required: ['path'],
                properties: DEP_OPTIONS,
            },
        ],
    },
    stageName: {
        type: 'string',
        pattern: STAGE_NAME_PATTERN,
        description: 'A stage name: letters, digits, `_`, `.` and `-`.',
    },
    env: {
        type: 'object',
        propertyNames: { pattern: ENV_NAME_PATTERN },
        additionalProperties: {
            type: ['string', 'number', 'boolean'],
            description: 'The value (numbers and booleans are passed in their string form: 1, true).',
        },
    },
    duration: {
        oneOf: [
            { type: 'string', pattern: DURATION_PATTERN },
            { type: 'number', minimum: 0 },
        ],
    },
    paramKey: {
        type: 'string',
        pattern: '^\\S+$',
        description: 'A dotted key into the params file: `train.lr` selects 0.1 in `train: {lr: 0.1}`; `train` selects the whole `train` mapping. Only the selected value is part of the stage key.',
    },
    paramsFromFile: {
        type: 'object',
        description: "Params from a named file: `{file.yaml: [key, ...]}` or `{file.yaml: key}`; `{file.yaml: null}` or `{file.yaml: []}` selects the whole file. The file path is relative to the stage's wdir.",
        minProperties: 1,
        propertyNames: { minLength: 1, pattern: `^${NOT_ABSOLUTE}` },
        additionalProperties: {
            description: 'The dotted keys read from this file; null or [] for the whole file.',
            oneOf: [{ type: 'null' }, ref('paramKey'), { type: 'array', items: ref('paramKey') }],
        },
    },
    stage: {
        type: 'object',
        description: 'A stage: a command, what it reads (deps, params) and what it writes (outs, metrics).',
        additionalProperties: false,
        required: ['cmd'],
        properties: STAGE_PROPERTIES,
    },
};
/** The whole schema, as written to schema/reprokit.schema.json. */
const MANIFEST_SCHEMA = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'reprokit pipeline manifest (reprokit.yml)',
    description: 'A reprokit pipeline: stages with their commands, the files and params they read and the outputs they write. Reference: docs/manifest.md. Put `# yaml-language-server: $schema=<relative path or URL of this file>` on the first line of reprokit.yml for completion and hover help. Generated from src/core/manifest/schema.ts (npm run schema): edit that file, not this one.',
    type: 'object',
    additionalProperties: false,
    required: ['stages'],
    properties: TOP_PROPERTIES,
    definitions: DEFINITIONS,
};
/** The keys the validator accepts, where: taken from the schema so the two agree. */
const TOP_KEYS = Object.keys(TOP_PROPERTIES);
const STAGE_KEYS = Object.keys(STAGE_PROPERTIES);
const PUBLISH_KEYS = Object.keys(PUBLISH_PROPERTIES);
const CACHE_KEYS = Object.keys(CACHE_PROPERTIES);
const DEFAULTS_KEYS = Object.keys(RUNTIME_PROPERTIES);
const OUT_KEYS = Object.keys(outputOptions('Output').properties ?? {});
const PLOT_OUT_KEYS = Object.keys(plotOutput.properties ?? {});
const DEP_KEYS = Object.keys(DEP_OPTIONS);

;// CONCATENATED MODULE: ./src/core/manifest/cache-settings.ts



/** `cache: {remote: s3://bucket/prefix, endpoint: http://minio:9000, region: eu-west-1}` */
function readCacheSettings(reader, value) {
    if (value === undefined || value === null)
        return {};
    const map = reader.map(value, ['cache'], 'cache', '{remote: s3://my-bucket/reprokit}');
    if (!map)
        return {};
    reader.checkKeys(map, ['cache'], CACHE_KEYS, 'in cache');
    const settings = {};
    if (map.remote !== undefined) {
        const url = reader.string(map.remote, ['cache', 'remote'], 'cache.remote', 's3://my-bucket/reprokit');
        const parsed = url === undefined ? undefined : (0,remote_url/* parseRemoteUrl */.J)(url);
        if (parsed && !parsed.ok)
            reader.report((0,diagnostics/* error */.z3)('invalid-value', parsed.error, {
                source: reader.ref(['cache', 'remote']),
                hint: 'remote: s3://my-bucket/reprokit',
            }));
        if (parsed?.ok && url !== undefined)
            settings.remote = url.trim();
    }
    if (map.endpoint !== undefined) {
        const endpoint = reader.string(map.endpoint, ['cache', 'endpoint'], 'cache.endpoint', 'https://minio.example.com:9000');
        if (endpoint !== undefined && !/^https?:\/\/[^\s/]+/.test(endpoint))
            reader.report((0,diagnostics/* error */.z3)('invalid-value', `cache.endpoint "${endpoint}" is not an http(s) URL`, {
                source: reader.ref(['cache', 'endpoint']),
                hint: 'endpoint: https://minio.example.com:9000',
            }));
        else if (endpoint !== undefined)
            settings.endpoint = endpoint;
    }
    if (map.region !== undefined) {
        const region = reader.string(map.region, ['cache', 'region'], 'cache.region', 'eu-west-1');
        if (region !== undefined)
            settings.region = region;
    }
    return settings;
}

;// CONCATENATED MODULE: ./src/core/manifest/runtime.ts




/** `retry_delay` when neither the stage nor `defaults:` sets one. */
const DEFAULT_RETRY_DELAY = { ms: 1000, text: '1s' };
const IMAGE = new RegExp(IMAGE_PATTERN);
/** `defaults: {timeout: 30m, retries: 1, retry_delay: 10s}` */
function readRuntimeDefaults(reader, value) {
    if (value === undefined || value === null)
        return {};
    const map = reader.map(value, ['defaults'], 'defaults', '{timeout: 30m, retries: 1}');
    if (!map)
        return {};
    reader.checkKeys(map, ['defaults'], DEFAULTS_KEYS, 'in defaults');
    return readRuntimeKeys(reader, map, ['defaults']);
}
/** The stage's own `timeout`, `retries`, `retry_delay` laid over the defaults. */
function readStageRuntime(reader, body, at, defaults) {
    const own = readRuntimeKeys(reader, body, at);
    const timeout = own.timeout ?? defaults.timeout;
    return {
        ...(timeout ? { timeout } : {}),
        retries: own.retries ?? defaults.retries ?? 0,
        retryDelay: own.retryDelay ?? defaults.retryDelay ?? DEFAULT_RETRY_DELAY,
    };
}
function readRuntimeKeys(reader, map, at) {
    const timeout = readDuration(reader, map.timeout, [...at, 'timeout'], 'timeout');
    const retryDelay = readDuration(reader, map.retry_delay, [...at, 'retry_delay'], 'retry_delay');
    const retries = readRetries(reader, map.retries, [...at, 'retries']);
    return {
        ...(timeout ? { timeout } : {}),
        ...(retries !== undefined ? { retries } : {}),
        ...(retryDelay ? { retryDelay } : {}),
    };
}
function readDuration(reader, value, at, key) {
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
        reader.wrongType(at, key, 'a duration', value, `${key}: 10m`);
        return undefined;
    }
    const parsed = parseDuration(value, { zero: key === 'timeout' ? 'refused' : 'allowed' });
    if (parsed.ok)
        return parsed.value;
    reader.report((0,diagnostics/* error */.z3)('invalid-value', `${key} ${JSON.stringify(value)} ${durationProblem(parsed.error)}`, {
        source: reader.ref(at),
        hint: 'write a duration like 90s, 10m, 2h or 1h30m (h, m, s in that order), or a number of seconds',
    }));
    return undefined;
}
function durationProblem(problem) {
    switch (problem) {
        case 'not-a-duration':
            return 'is not a duration';
        case 'negative':
            return 'is negative';
        case 'zero':
            return 'is zero: every attempt would time out at once';
        case 'too-long':
            return 'is longer than a year';
        default:
            return (0,result/* unreachable */.H)(problem);
    }
}
function readRetries(reader, value, at) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0)
        return value;
    reader.report((0,diagnostics/* error */.z3)('invalid-value', `retries must be a whole number, 0 or more, not ${JSON.stringify(value)}`, {
        source: reader.ref(at),
        hint: 'retries is the number of extra attempts, e.g. `retries: 2` for up to 3 attempts',
    }));
    return undefined;
}
/** `image: python:3.12-slim` or `image: python@sha256:…`. */
function readImage(reader, value, at) {
    if (value === undefined)
        return undefined;
    const text = reader.string(value, at, 'image', 'image: python:3.12-slim');
    if (text === undefined)
        return undefined;
    if (IMAGE.test(text))
        return text;
    reader.report((0,diagnostics/* error */.z3)('invalid-value', `image "${text}" is not an image reference`, {
        source: reader.ref(at),
        hint: 'write a tag like python:3.12-slim, or pin a digest: python@sha256:<64 hex digits>',
    }));
    return undefined;
}

// EXTERNAL MODULE: ./src/core/manifest/reader.ts
var manifest_reader = __webpack_require__(1970);
;// CONCATENATED MODULE: ./src/core/manifest/reprokit.ts









/** Keys, enums and name patterns come from schema.ts, which also generates the JSON schema. */
const STAGE_NAME = new RegExp(STAGE_NAME_PATTERN);
const ARTIFACT_NAME = new RegExp(ARTIFACT_NAME_PATTERN);
const DEFAULT_PARAMS_FILE = 'params.yaml';
/** Turns a parsed reprokit.yml into a Pipeline, or every problem found (not just the first). */
function readReprokitManifest(file, doc) {
    const reader = new manifest_reader/* DocReader */.cq(file);
    const top = reader.map(doc ?? {}, [], 'the manifest', 'stages: {prepare: {cmd: ...}}');
    if (!top)
        return (0,result/* err */._)(reader.diagnostics);
    reader.checkKeys(top, [], TOP_KEYS, 'at the top level of the manifest');
    const defaultParams = readDefaultParamsFile(reader, top.params);
    const env = top.env === undefined ? {} : reader.env(top.env, ['env'], 'env');
    const runtime = readRuntimeDefaults(reader, top.defaults);
    const stages = readStages(reader, top.stages, { env, defaultParams, runtime });
    const publish = readPublish(reader, top.publish);
    const cache = readCacheSettings(reader, top.cache);
    const plots = (0,definitions/* readPlotList */.Wh)(reader, top.plots, {
        at: ['plots'],
        resolve: (text, at) => projectPath(reader, '', text, at),
    });
    if (reader.diagnostics.length > 0)
        return (0,result/* err */._)(reader.diagnostics);
    return (0,result.ok)({
        manifestFile: file,
        format: 'reprokit',
        stages,
        publish,
        cache,
        ...(plots.length > 0 ? { plots } : {}),
    });
}
function readDefaultParamsFile(reader, value) {
    if (value === undefined)
        return DEFAULT_PARAMS_FILE;
    const text = reader.string(value, ['params'], 'params', 'params: params.yaml');
    if (text === undefined)
        return DEFAULT_PARAMS_FILE;
    return projectPath(reader, '', text, ['params']) ?? DEFAULT_PARAMS_FILE;
}
function readStages(reader, value, defaults) {
    if (value === undefined || value === null) {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', 'the manifest declares no stages', {
            source: reader.ref([]),
            hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: node prepare.js\n    outs: [data/clean.csv]',
        }));
        return [];
    }
    const map = reader.map(value, ['stages'], 'stages', 'stages: {prepare: {cmd: ...}}');
    if (!map)
        return [];
    const stages = [];
    for (const [name, body] of Object.entries(map)) {
        if (!STAGE_NAME.test(name)) {
            reader.report((0,diagnostics/* error */.z3)('invalid-name', `stage name "${name}" has characters other than letters, digits, "_", "." and "-"`, {
                source: reader.ref(['stages', name], 'key'),
                hint: `rename it, e.g. "${name.replace(/[^A-Za-z0-9_.-]+/g, '_')}"`,
            }));
            continue;
        }
        const stage = readStage(reader, name, body, defaults);
        if (stage)
            stages.push(stage);
    }
    return stages;
}
function readStage(reader, name, value, defaults) {
    const at = ['stages', name];
    const body = reader.map(value, at, `stage "${name}"`, '{cmd: ..., deps: [...], outs: [...]}');
    if (!body)
        return undefined;
    reader.checkKeys(body, at, STAGE_KEYS, `in stage "${name}"`);
    if (body.cmd === undefined) {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', `stage "${name}" has no cmd`, {
            source: reader.ref(at, 'key'),
            hint: 'add the command that produces its outputs, e.g. `cmd: node src/prepare.js`',
        }));
    }
    const cmd = body.cmd === undefined ? [] : readCmd(reader, body.cmd, [...at, 'cmd']);
    const wdirText = body.wdir === undefined ? '.' : reader.string(body.wdir, [...at, 'wdir'], 'wdir');
    const wdir = projectPath(reader, '', wdirText ?? '.', [...at, 'wdir']) ?? '';
    const deps = readDepList(reader, body.deps, wdir, [...at, 'deps']);
    const env = {
        ...defaults.env,
        ...(body.env === undefined ? {} : reader.env(body.env, [...at, 'env'], 'env')),
    };
    return {
        name,
        ...(body.desc !== undefined
            ? {
                desc: reader.string(body.desc, [...at, 'desc'], 'desc', 'desc: "Clean the raw data"') ?? '',
            }
            : {}),
        cmd,
        wdir,
        env,
        shell: readShell(reader, body.shell, [...at, 'shell']),
        deps: deps.deps,
        ...(deps.excludes.length > 0 ? { excludes: deps.excludes } : {}),
        params: readParams(reader, body.params, {
            wdir,
            defaultFile: defaults.defaultParams,
            at: [...at, 'params'],
        }),
        outs: [
            ...readOuts(reader, body.outs, { wdir, metric: false, at: [...at, 'outs'] }),
            ...readOuts(reader, body.metrics, { wdir, metric: true, at: [...at, 'metrics'] }),
            ...readOuts(reader, body.plots, { wdir, metric: false, plot: true, at: [...at, 'plots'] }),
        ],
        needs: readNeeds(reader, body.needs, [...at, 'needs']),
        alwaysRun: body.always_run === undefined
            ? false
            : (reader.boolean(body.always_run, [...at, 'always_run'], 'always_run') ?? false),
        frozen: body.frozen === undefined
            ? false
            : (reader.boolean(body.frozen, [...at, 'frozen'], 'frozen') ?? false),
        runtime: readStageRuntime(reader, body, at, defaults.runtime),
        ...optional('image', readImage(reader, body.image, [...at, 'image'])),
        source: reader.ref(at, 'key'),
    };
}
function optional(key, value) {
    return (value === undefined ? {} : { [key]: value });
}
/** One command line or a list of them; an empty one would "run" and succeed doing nothing. */
function readCmd(reader, value, at) {
    const cmd = reader.stringList(value, at, 'cmd', 'cmd: python src/prepare.py');
    const blank = (Array.isArray(value) ? value : [value]).findIndex((c) => typeof c === 'string' && c.trim() === '');
    if (Array.isArray(value) && value.length === 0) {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', 'cmd is an empty list', {
            source: reader.ref(at),
            hint: 'give the command that produces the outputs, e.g. `cmd: python src/prepare.py`',
        }));
    }
    else if (blank >= 0) {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', 'cmd is empty', {
            source: reader.ref(Array.isArray(value) ? [...at, blank] : at),
            hint: 'give the command that produces the outputs, e.g. `cmd: python src/prepare.py`',
        }));
    }
    return cmd;
}
function readShell(reader, value, at) {
    if (value === undefined)
        return 'bash';
    const text = reader.string(value, at, 'shell');
    if (text === undefined)
        return 'bash';
    if (SHELLS.includes(text))
        return text;
    reader.report((0,diagnostics/* error */.z3)('invalid-value', `unsupported shell "${text}"`, {
        source: reader.ref(at),
        hint: `use one of: ${SHELLS.join(', ')}`,
    }));
    return 'bash';
}
/** Resolves a user path against a base directory, reporting absolute paths and escapes. */
function projectPath(reader, base, text, at) {
    const resolved = (0,paths/* resolveInProject */.Tl)(base, text);
    if (resolved.ok)
        return resolved.path;
    reader.report((0,diagnostics/* error */.z3)('outside-root', `path "${text}" ${resolved.reason}`, {
        source: reader.ref(at),
        hint: 'paths are relative to the project directory (or the stage wdir) and must stay inside it',
    }));
    return undefined;
}
function readDepList(reader, value, wdir, at) {
    const list = { deps: [], excludes: [] };
    if (value === undefined)
        return list;
    reader.list(value, at, 'deps', 'deps: [src/prepare.js, data/raw.csv]').forEach((item, index) => {
        const itemAt = [...at, index];
        const entry = readDepEntry(reader, item, itemAt);
        if (!entry)
            return;
        if (entry.text.startsWith('!')) {
            const exclude = readExclude(reader, entry.text.slice(1), wdir, entry.at);
            if (exclude)
                list.excludes.push(exclude);
            return;
        }
        const dep = readDep(reader, entry.text, wdir, entry.at);
        if (!dep)
            return;
        if (entry.optional && dep.kind !== 'glob') {
            reader.report((0,diagnostics/* error */.z3)('invalid-value', `optional applies to globs; "${entry.text}" is a path`, {
                source: reader.ref([...itemAt, 'optional']),
                hint: 'a file or directory dep must exist; remove `optional`, or write a glob',
            }));
            return;
        }
        list.deps.push(entry.optional ? { ...dep, optional: true } : dep);
    });
    return list;
}
/** Deps of a format without exclusions (dvc.yaml). */
function readDeps(reader, value, wdir, at) {
    if (value === undefined)
        return [];
    const deps = [];
    reader.list(value, at, 'deps', 'deps: [src/prepare.js, data/raw.csv]').forEach((item, index) => {
        const text = reader.string(item, [...at, index], 'each dep', 'deps: [src/prepare.js, data/raw/]');
        const dep = text === undefined ? undefined : readDep(reader, text, wdir, [...at, index]);
        if (dep)
            deps.push(dep);
    });
    return deps;
}
function readDepEntry(reader, item, at) {
    if (!(0,manifest_reader/* isPlainMap */.nK)(item)) {
        const text = reader.string(item, at, 'each dep', "deps: [src/prepare.js, 'data/*.csv']");
        return text === undefined ? undefined : { text, optional: false, at };
    }
    reader.checkKeys(item, at, DEP_KEYS, 'in a dep');
    if (item.path === undefined) {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', 'a dep written as a mapping needs a path', {
            source: reader.ref(at),
            hint: "write it like: {path: 'data/*.parquet', optional: true}",
        }));
        return undefined;
    }
    const text = reader.string(item.path, [...at, 'path'], 'path');
    const optional = item.optional === undefined
        ? false
        : (reader.boolean(item.optional, [...at, 'optional'], 'optional') ?? false);
    if (text?.startsWith('!')) {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', 'an exclusion (!pattern) is written as a plain string', {
            source: reader.ref([...at, 'path']),
            hint: `write it like: '${text}'`,
        }));
        return undefined;
    }
    return text === undefined ? undefined : { text, optional, at: [...at, 'path'] };
}
function readDep(reader, text, wdir, at) {
    if ((0,glob/* isGlobDep */.mo)(text)) {
        const pattern = globPath(reader, wdir, text, at);
        return pattern === undefined
            ? undefined
            : { path: pattern, kind: 'glob', source: reader.ref(at) };
    }
    const path = projectPath(reader, wdir, text, at);
    if (path === undefined)
        return undefined;
    if (path === '') {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', 'a dep cannot be the whole project directory', {
            source: reader.ref(at),
            hint: 'name the files or directories the stage reads',
        }));
        return undefined;
    }
    const kind = text.endsWith('/') ? 'dir' : 'file-or-dir';
    return { path, kind, source: reader.ref(at) };
}
function readExclude(reader, text, wdir, at) {
    if ((0,glob/* isGlobDep */.mo)(text)) {
        const pattern = globPath(reader, wdir, text, at);
        return pattern === undefined ? undefined : { pattern, kind: 'glob', source: reader.ref(at) };
    }
    const path = projectPath(reader, wdir, text, at);
    if (path === undefined || path === '') {
        if (path === '')
            reader.report((0,diagnostics/* error */.z3)('invalid-value', 'an exclusion cannot be the whole project directory', {
                source: reader.ref(at),
            }));
        return undefined;
    }
    return { pattern: path, kind: 'path', source: reader.ref(at) };
}
/** A glob made root-relative, escapes kept (core/glob.ts resolveGlob). */
function globPath(reader, wdir, text, at) {
    const resolved = (0,glob/* resolveGlob */.pu)(wdir, text);
    if (resolved.ok)
        return resolved.pattern;
    reader.report((0,diagnostics/* error */.z3)('outside-root', `pattern "${text}" ${resolved.reason}`, {
        source: reader.ref(at),
        hint: 'patterns are relative to the project directory (or the stage wdir) and must stay inside it',
    }));
    return undefined;
}
function readOuts(reader, value, context) {
    if (value === undefined)
        return [];
    const outs = [];
    const what = context.metric ? 'metrics' : context.plot ? 'plots' : 'outs';
    reader.list(value, context.at, what, `${what}: [data/clean.csv]`).forEach((item, index) => {
        const out = readOut(reader, item, { ...context, at: [...context.at, index] });
        if (out)
            outs.push(out);
    });
    return outs;
}
function readOut(reader, item, context) {
    const options = { cache: true, persist: false };
    let text;
    let pathAt = context.at;
    if (typeof item === 'string')
        text = item;
    else if ((0,manifest_reader/* isPlainMap */.nK)(item)) {
        reader.checkKeys(item, context.at, context.plot ? PLOT_OUT_KEYS : OUT_KEYS, 'in an output');
        pathAt = [...context.at, 'path'];
        text = item.path === undefined ? undefined : reader.string(item.path, pathAt, 'path');
        if (item.path === undefined) {
            reader.report((0,diagnostics/* error */.z3)('invalid-value', 'an output written as a mapping needs a path', {
                source: reader.ref(context.at),
                hint: 'write it like: {path: data/tmp/, cache: false}',
            }));
        }
        if (item.cache !== undefined)
            options.cache = reader.boolean(item.cache, [...context.at, 'cache'], 'cache') ?? true;
        if (item.persist !== undefined)
            options.persist =
                reader.boolean(item.persist, [...context.at, 'persist'], 'persist') ?? false;
    }
    else {
        reader.wrongType(context.at, 'an output', 'a path or {path, cache, persist}', item, 'data/clean.csv');
    }
    if (text === undefined)
        return undefined;
    if ((0,glob/* isOutputPattern */.yV)(text)) {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
            source: reader.ref(pathAt),
            hint: 'declare the file, or the directory that holds the files (e.g. plots/)',
        }));
        return undefined;
    }
    const path = projectPath(reader, context.wdir, text, pathAt);
    if (path === undefined)
        return undefined;
    if (path === '') {
        reader.report((0,diagnostics/* error */.z3)('invalid-value', 'an output cannot be the whole project directory', {
            source: reader.ref(pathAt),
        }));
        return undefined;
    }
    const source = reader.ref(pathAt);
    if (!context.plot)
        return { path, ...options, metric: context.metric, source };
    const plot = (0,manifest_reader/* isPlainMap */.nK)(item)
        ? (0,definitions/* readDefinition */.Ud)(reader, path, plotOptionsOf(item), {
            at: context.at,
            resolve: (file, at) => projectPath(reader, context.wdir, file, at),
            file: path,
        })
        : (0,definitions/* fileDefinition */.GV)(path, {}, source);
    return { path, ...options, metric: false, ...(plot ? { plot } : {}), source };
}
/** The drawing options of a stage's plots entry (the output options are read above). */
function plotOptionsOf(item) {
    const { path: _path, cache: _cache, persist: _persist, ...rest } = item;
    return rest;
}
function readParams(reader, value, context) {
    if (value === undefined)
        return [];
    const refs = [];
    const example = 'params: [prepare.threshold, {other.yaml: [key]}]';
    const defaultKeys = [];
    const defaultSources = [];
    const addFileEntry = (file, keys, at) => {
        const path = projectPath(reader, context.wdir, file, at);
        if (path === undefined)
            return;
        if (keys === null || (Array.isArray(keys) && keys.length === 0)) {
            refs.push({ file: path, keys: 'all', source: reader.ref(at, 'key') });
            return;
        }
        const list = reader.stringList(keys, at, `params of ${file}`, example);
        const exact = Array.isArray(keys) && keys.length === list.length;
        refs.push({
            file: path,
            keys: list,
            source: reader.ref(at),
            ...(exact ? { keySources: list.map((_, i) => reader.ref([...at, i])) } : {}),
        });
    };
    const addFileMap = (map, at) => {
        if (Object.keys(map).length === 0) {
            reader.report((0,diagnostics/* error */.z3)('invalid-value', 'an empty mapping names no params file', {
                source: reader.ref(at),
                hint: `write it like: ${example}`,
            }));
        }
        for (const [file, keys] of Object.entries(map))
            addFileEntry(file, keys, [...at, file]);
    };
    if ((0,manifest_reader/* isPlainMap */.nK)(value)) {
        addFileMap(value, context.at);
        return refs;
    }
    reader.list(value, context.at, 'params', example).forEach((item, index) => {
        if (typeof item === 'string' && item.trim() !== '' && !/\s/.test(item)) {
            defaultKeys.push(item);
            defaultSources.push(reader.ref([...context.at, index]));
        }
        else if ((0,manifest_reader/* isPlainMap */.nK)(item))
            addFileMap(item, [...context.at, index]);
        else
            reader.wrongType([...context.at, index], 'a params entry', 'a dotted key or {file: [keys]}', item, example);
    });
    if (defaultKeys.length > 0) {
        refs.unshift({
            file: context.defaultFile,
            keys: defaultKeys,
            source: reader.ref(context.at),
            keySources: defaultSources,
        });
    }
    return refs;
}
function readNeeds(reader, value, at) {
    if (value === undefined)
        return [];
    return reader
        .list(value, at, 'needs', 'needs: [download]')
        .map((item, index) => ({ item, index }))
        .filter(({ item, index }) => reader.string(item, [...at, index], 'each entry of needs') !== undefined)
        .map(({ item, index }) => ({ stage: item, source: reader.ref([...at, index]) }));
}
function readPublish(reader, value) {
    if (value === undefined || value === null)
        return { artifacts: [] };
    const map = reader.map(value, ['publish'], 'publish', '{pages: site/, artifacts: {report: site/}}');
    if (!map)
        return { artifacts: [] };
    reader.checkKeys(map, ['publish'], PUBLISH_KEYS, 'in publish');
    const pages = map.pages === undefined ? undefined : readTarget(reader, map.pages, ['publish', 'pages']);
    const artifacts = [];
    if (map.artifacts !== undefined) {
        const entries = reader.map(map.artifacts, ['publish', 'artifacts'], 'publish.artifacts', '{report: site/}');
        for (const [name, paths] of Object.entries(entries ?? {})) {
            const at = ['publish', 'artifacts', name];
            if (!ARTIFACT_NAME.test(name)) {
                reader.report((0,diagnostics/* error */.z3)('invalid-name', `artifact name "${name}" may only use letters, digits, "_", "." and "-"`, {
                    source: reader.ref(at, 'key'),
                }));
                continue;
            }
            const targets = reader
                .stringList(paths, at, `artifact "${name}"`, 'report: site/')
                .map((_, index) => readTarget(reader, Array.isArray(paths) ? paths[index] : paths, Array.isArray(paths) ? [...at, index] : at))
                .filter((t) => t !== undefined);
            artifacts.push({ name, paths: targets, source: reader.ref(at, 'key') });
        }
    }
    return { ...(pages ? { pages } : {}), artifacts };
}
function readTarget(reader, value, at) {
    const text = reader.string(value, at, 'a published path', 'site/');
    if (text === undefined)
        return undefined;
    const path = projectPath(reader, '', text, at);
    return path === undefined ? undefined : { path, source: reader.ref(at) };
}


/***/ }),

/***/ 7796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ openLocator),
/* harmony export */   d3: () => (/* binding */ tooDeeplyNested),
/* harmony export */   hN: () => (/* binding */ parseYaml),
/* harmony export */   xF: () => (/* binding */ readQuickly)
/* harmony export */ });
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3243);
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7135);
/* harmony import */ var _dvc_py_float_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(507);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9294);
/* harmony import */ var _yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(771);






/**
 * The reference parser (the `yaml` package, 290 KB of bundled code) is loaded only when a
 * document needs it or a diagnostic needs a position: compiling it cost every command's
 * start-up although most manifests are read by js-yaml and have nothing to report.
 */
function referenceParser() {
    return Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(322)]).then(__webpack_require__.bind(__webpack_require__, 322));
}
/** A Locator for the texts; loads the reference parser, which finds the positions. */
async function openLocator(texts) {
    const { YamlLocator } = await referenceParser();
    return new YamlLocator(texts);
}
/**
 * Parses YAML (or JSON, a subset) into plain values; problems are positioned diagnostics.
 *
 * One parser decides what a document means: the `yaml` package, with merge keys (`<<`, as DVC's
 * loader reads them) and the limits of YAML_LIMITS. js-yaml, about three times faster, reads the
 * documents that cannot use anchors, aliases or merge keys; on those the two agree (a
 * differential test over the fuzz corpus checks it), and anything js-yaml rejects is read again
 * by the `yaml` package to say where the problem is.
 */
async function parseYaml(file, text, options = {}) {
    const quick = readQuickly(file, text, options);
    if (quick.kind === 'read')
        return quick.result;
    const reference = await referenceParser();
    return quick.kind === 'too-deep'
        ? (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)([reference.tooDeeplyNestedAt(file, text, quick.path)])
        : reference.parseWithPositions(file, text, options);
}
function readQuickly(file, text, options) {
    if (text.length > _yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_LIMITS */ .XM.maxChars) {
        return {
            kind: 'read',
            result: (0,_result_js__WEBPACK_IMPORTED_MODULE_3__/* .err */ ._)([
                {
                    ...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml-syntax', `${file} is larger than ${_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_LIMITS */ .XM.maxChars} characters`, {
                        hint: 'a manifest or params file this large is not read; split it or move data out',
                    }),
                    span: { file, line: 1, column: 1, endLine: 1, endColumn: 2 },
                },
            ]),
        };
    }
    if ((0,_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .needsReferenceParser */ .W)(text))
        return { kind: 'reference' };
    let value;
    try {
        value = (0,js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .load */ .Hh)(text, { schema: jsYamlSchema(options), json: false });
    }
    catch {
        return { kind: 'reference' };
    }
    const deep = (0,_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .tooDeep */ .DI)(value);
    return deep === undefined
        ? { kind: 'read', result: (0,_result_js__WEBPACK_IMPORTED_MODULE_3__.ok)(value) }
        : { kind: 'too-deep', path: deep };
}
function tooDeeplyNested(file) {
    return {
        ...(0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3)('yaml-syntax', `values nest more than ${_yaml_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .YAML_LIMITS */ .XM.maxDepth} levels deep`, {
            hint: 'flatten the structure; manifests and params files are not read past this depth',
        }),
        span: { file, line: 1, column: 1, endLine: 1, endColumn: 2 },
    };
}
const schemas = new Map();
function jsYamlSchema(options) {
    if (options.floats !== 'python')
        return js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU;
    let schema = schemas.get('python');
    if (!schema) {
        // js-yaml's own float rules, so both schemas read the same scalars as floats.
        const float = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .types */ .gK.float;
        const python = new js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU('tag:yaml.org,2002:float', {
            kind: 'scalar',
            resolve: (data) => float.resolve(data),
            construct: (data) => (0,_dvc_py_float_js__WEBPACK_IMPORTED_MODULE_1__/* .pyFloat */ .Qz)(float.construct(data)),
            instanceOf: Object,
            represent: (value) => String(value),
        });
        schema = js_yaml__WEBPACK_IMPORTED_MODULE_0__/* .CORE_SCHEMA */ .OU.extend({ implicit: [python] });
        schemas.set('python', schema);
    }
    return schema;
}


/***/ }),

/***/ 771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DI: () => (/* binding */ tooDeep),
/* harmony export */   W: () => (/* binding */ needsReferenceParser),
/* harmony export */   XM: () => (/* binding */ YAML_LIMITS)
/* harmony export */ });
/**
 * Limits every YAML file the tool reads is held to, whichever parser read it. They keep a
 * hostile or mistaken file from taking long (signals are only seen between tasks) or from
 * exhausting memory: a parse ends quickly with a positioned error naming the limit.
 */
const YAML_LIMITS = {
    /** Aliases in one document (the `yaml` package's maxAliasCount has the same role). */
    maxAliases: 1000,
    /** Nodes an alias may expand to, counted over the whole document (billion laughs). */
    maxAliasExpansion: 100_000,
    /** Nesting of mappings and lists. */
    maxDepth: 100,
    /** Characters in one file. */
    maxChars: 32 * 1024 * 1024,
};
/**
 * Does the text use YAML that only the reference parser reads the way we want: anchors, aliases,
 * merge keys, tags, directives, complex keys, or flow collections spread over lines (js-yaml is
 * more lenient than the YAML spec about their indentation)? Conservative: a plain scalar such as
 * `a && b` may match, which only sends the file through the slower parser.
 */
function needsReferenceParser(text) {
    return (/(?:^|[\s[{,])[&*!][^\s]/m.test(text) ||
        text.includes('<<') ||
        /^%/m.test(text) ||
        // out-of-range floats: js-yaml leaves `1e999` a string, the spec (and Python) read infinity
        /\d[eE][-+]?\d{3}/.test(text) ||
        /(?:^|[\s[{,])\?(?:\s|$)/m.test(text) ||
        hasOpenFlowLine(text));
}
/** A line that opens `[` or `{` without closing it (quotes are not parsed: it only over-matches). */
function hasOpenFlowLine(text) {
    if (!/[[{]/.test(text))
        return false;
    for (const line of text.split('\n')) {
        let depth = 0;
        for (const c of line) {
            if (c === '[' || c === '{')
                depth++;
            else if (c === ']' || c === '}')
                depth--;
            else if (c === '#')
                break;
        }
        if (depth !== 0)
            return true;
    }
    return false;
}
/** The path of the first value nested deeper than `maxDepth`, or undefined. */
function tooDeep(value) {
    const stack = [{ value, path: [] }];
    while (stack.length > 0) {
        const { value: node, path } = stack.pop();
        if (typeof node !== 'object' || node === null)
            continue;
        if (path.length >= YAML_LIMITS.maxDepth)
            return path;
        if (Array.isArray(node))
            node.forEach((v, i) => stack.push({ value: v, path: [...path, i] }));
        else
            for (const [k, v] of Object.entries(node))
                if (typeof v === 'object' && v !== null)
                    stack.push({ value: v, path: [...path, k] });
    }
    return undefined;
}


/***/ }),

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $I: () => (/* binding */ lookup),
/* harmony export */   L6: () => (/* binding */ selectParams)
/* harmony export */ });
/* unused harmony export flattenKeys */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7135);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2085);


/** The values a stage's params select, as `file:key` → value (`file` → whole file). */
function selectParams(refs, files) {
    const values = {};
    const diagnostics = [];
    for (const ref of refs) {
        const doc = files.get(ref.file);
        if (doc === undefined) {
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('missing-params-file', `params file "${ref.file}" does not exist`, {
                source: ref.source,
                hint: `create ${ref.file}, or point \`params:\` at the file that holds these values`,
            }));
            continue;
        }
        if (ref.keys === 'all') {
            values[ref.file] = doc;
            continue;
        }
        for (const [index, key] of ref.keys.entries()) {
            const found = lookup(doc, key);
            if (found.found) {
                values[`${ref.file}:${key}`] = found.value;
                continue;
            }
            const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_1__/* .closest */ .k)(key, flattenKeys(doc));
            diagnostics.push((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3)('missing-param', `param "${key}" is not in ${ref.file}`, {
                source: ref.keySources?.[index] ?? ref.source,
                hint: guess
                    ? `did you mean "${guess}"?`
                    : `add it to ${ref.file}, or remove it from the stage's params`,
            }));
        }
    }
    return { values, diagnostics };
}
/** Dotted lookup; a key that itself contains dots is tried whole first. */
function lookup(doc, key) {
    if (typeof doc !== 'object' || doc === null)
        return { found: false };
    const record = doc;
    if (Object.prototype.hasOwnProperty.call(record, key))
        return { found: true, value: record[key] };
    const dot = key.indexOf('.');
    if (dot < 0)
        return { found: false };
    for (let at = dot; at >= 0; at = key.indexOf('.', at + 1)) {
        const head = key.slice(0, at);
        if (Object.prototype.hasOwnProperty.call(record, head)) {
            const found = lookup(record[head], key.slice(at + 1));
            if (found.found)
                return found;
        }
    }
    return { found: false };
}
/** Every leaf as a dotted path (metrics tables and suggestions use it). */
function flattenKeys(doc, prefix = '') {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
        return prefix ? [prefix] : [];
    const keys = [];
    for (const [k, v] of Object.entries(doc)) {
        const path = prefix ? `${prefix}.${k}` : k;
        keys.push(path);
        if (typeof v === 'object' && v !== null && !Array.isArray(v))
            keys.push(...flattenKeys(v, path));
    }
    return keys;
}


/***/ }),

/***/ 3863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PathMap)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);

/**
 * A map keyed by project paths ('a/b/c'; '' is the root) that drops everything under a path
 * without scanning every key: the engine forgets a stage's outputs after each stage, and a scan
 * of everything remembered made that quadratic in the number of stages (issue 17).
 *
 * Keys are grouped by their parent directory, and directories form a tree, so deleting under a
 * path visits only the directories below it. Inserting a key is O(1) once its directory is known.
 */
class PathMap {
    values = new Map();
    /** Keys by parent directory. */
    byDir = new Map();
    /** Child directories (that have keys at some depth) by directory. */
    subdirs = new Map();
    get size() {
        return this.values.size;
    }
    get(path) {
        return this.values.get(path);
    }
    has(path) {
        return this.values.has(path);
    }
    keys() {
        return this.values.keys();
    }
    set(path, value) {
        if (!this.values.has(path))
            this.file(path);
        this.values.set(path, value);
        return this;
    }
    /**
     * `set(path, value)` for every path: paths of one directory in a row (a listing) are filed
     * under it without looking the directory up again for each.
     */
    setMany(paths, value) {
        let dir;
        let keys;
        for (const path of paths) {
            if (!this.values.has(path)) {
                const slash = path.lastIndexOf('/');
                // Same directory as the previous path: same length before the last slash, same prefix.
                if (keys && dir !== undefined && slash === dir.length && path.startsWith(dir)) {
                    keys.add(path);
                }
                else {
                    this.file(path);
                    dir = slash < 0 ? '' : path.slice(0, slash);
                    keys = path === '' ? undefined : this.byDir.get(dir);
                }
            }
            this.values.set(path, value);
        }
        return this;
    }
    delete(path) {
        if (!this.values.delete(path))
            return false;
        if (path !== '')
            this.byDir.get((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .parentDir */ .Qp)(path))?.delete(path);
        return true;
    }
    /** Deletes `path` and every key under it (what `isWithin(key, path)` selects). */
    deleteWithin(path) {
        if (path === '') {
            this.values.clear();
            this.byDir.clear();
            this.subdirs.clear();
            return;
        }
        this.delete(path);
        const stack = [path];
        for (let dir = stack.pop(); dir !== undefined; dir = stack.pop()) {
            for (const key of this.byDir.get(dir) ?? [])
                this.values.delete(key);
            this.byDir.delete(dir);
            for (const sub of this.subdirs.get(dir) ?? [])
                stack.push(sub);
            this.subdirs.delete(dir);
        }
        this.subdirs.get((0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .parentDir */ .Qp)(path))?.delete(path);
    }
    /** Deletes the keys that are `path`, under it, or above it (what `overlaps` selects). */
    deleteOverlapping(path) {
        this.deleteWithin(path);
        for (let dir = path; dir !== '';) {
            dir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .parentDir */ .Qp)(dir);
            this.delete(dir);
        }
    }
    /** Files the key under its directory, and the directory under its parents. */
    file(path) {
        if (path === '')
            return;
        let dir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .parentDir */ .Qp)(path);
        let keys = this.byDir.get(dir);
        if (!keys)
            this.byDir.set(dir, (keys = new Set()));
        keys.add(path);
        // Link dir into the tree up to the first directory already linked.
        for (let child = dir; child !== ''; child = dir) {
            dir = (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .parentDir */ .Qp)(child);
            let subs = this.subdirs.get(dir);
            if (!subs)
                this.subdirs.set(dir, (subs = new Set()));
            if (subs.has(child))
                break;
            subs.add(child);
        }
    }
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   Qp: () => (/* binding */ parentDir),
/* harmony export */   Tl: () => (/* binding */ resolveInProject),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
/* unused harmony export overlaps */
/**
 * Pure posix path handling for project-relative paths. The project root is ''.
 */
/** Joins a base (root-relative) with a user path and normalizes; rejects escapes. */
function resolveInProject(base, userPath) {
    if (userPath.length === 0)
        return { ok: false, reason: 'is empty' };
    if (userPath.startsWith('/') || /^[A-Za-z]:[\\/]/.test(userPath) || userPath.startsWith('\\')) {
        return { ok: false, reason: 'is an absolute path' };
    }
    if (userPath.includes('\0'))
        return { ok: false, reason: 'contains a NUL byte' };
    const parts = base === '' ? [] : base.split('/');
    for (const part of userPath.replace(/\\/g, '/').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return { ok: false, reason: 'leaves the project directory' };
            parts.pop();
            continue;
        }
        parts.push(part);
    }
    return { ok: true, path: parts.join('/') };
}
/** True when `inner` is `outer` or lies inside it. The root ('') contains everything. */
function isWithin(inner, outer) {
    if (outer === '')
        return true;
    return inner === outer || inner.startsWith(outer + '/');
}
/** True when one path is the other or inside it. */
function overlaps(a, b) {
    return isWithin(a, b) || isWithin(b, a);
}
/** `path` relative to `dir`, for a path inside it. */
function relativeTo(path, dir) {
    if (dir === '')
        return path;
    if (path === dir)
        return '';
    return path.slice(dir.length + 1);
}
function joinPath(dir, name) {
    if (dir === '')
        return name;
    if (name === '')
        return dir;
    return `${dir}/${name}`;
}
function parentDir(path) {
    const at = path.lastIndexOf('/');
    return at < 0 ? '' : path.slice(0, at);
}


/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ evenIndexes),
/* harmony export */   l: () => (/* binding */ recordedTable)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1945);

/**
 * Indexes of `count` items spread evenly over `total`, always keeping the first and the last (a
 * training curve's end is what a reviewer looks at).
 */
function evenIndexes(total, count) {
    if (total <= count)
        return Array.from({ length: total }, (_, i) => i);
    if (count <= 1)
        return [total - 1];
    const picked = new Set();
    for (let i = 0; i < count; i++)
        picked.add(Math.round((i * (total - 1)) / (count - 1)));
    return [...picked].sort((a, b) => a - b);
}
/**
 * A table small enough to ride in a StageRecord. Long tables are thinned evenly; those drawn as a
 * confusion matrix are collapsed into distinct rows with counts instead (thinning would change
 * the counts). Still too large: not recorded, with the reason.
 */
function recordedTable(path, table, options) {
    let kept = table;
    let notice;
    if (table.rows.length > _types_js__WEBPACK_IMPORTED_MODULE_0__/* .PLOT_LIMITS */ .dz.recordedRows) {
        if (options.collapse)
            kept = collapsed(table);
        if (kept.rows.length > _types_js__WEBPACK_IMPORTED_MODULE_0__/* .PLOT_LIMITS */ .dz.recordedRows) {
            kept = {
                fields: table.fields,
                rows: evenIndexes(table.rows.length, _types_js__WEBPACK_IMPORTED_MODULE_0__/* .PLOT_LIMITS */ .dz.recordedRows).map((i) => table.rows[i]),
                sampledFrom: table.rows.length,
            };
            notice = `plots file ${path} has ${table.rows.length} rows; ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PLOT_LIMITS */ .dz.recordedRows} evenly spaced ones are recorded`;
        }
    }
    const bytes = JSON.stringify(kept).length;
    if (bytes > _types_js__WEBPACK_IMPORTED_MODULE_0__/* .PLOT_LIMITS */ .dz.recordedBytes)
        return {
            ok: false,
            notice: `plots file ${path} is still ${bytes} bytes after thinning (over ${_types_js__WEBPACK_IMPORTED_MODULE_0__/* .PLOT_LIMITS */ .dz.recordedBytes}); it is not recorded`,
        };
    return notice ? { ok: true, table: kept, notice } : { ok: true, table: kept };
}
/** Distinct rows with how often each occurred. */
function collapsed(table) {
    const index = new Map();
    const rows = [];
    const counts = [];
    table.rows.forEach((row, i) => {
        const key = JSON.stringify(row);
        const at = index.get(key);
        const weight = table.counts?.[i] ?? 1;
        if (at === undefined) {
            index.set(key, rows.length);
            rows.push(row);
            counts.push(weight);
        }
        else
            counts[at] = counts[at] + weight;
    });
    return { fields: table.fields, rows, counts };
}


/***/ }),

/***/ 7970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P9: () => (/* binding */ pipelinePlots),
/* harmony export */   X9: () => (/* binding */ filesToCapture),
/* harmony export */   jR: () => (/* binding */ collapsesFile),
/* harmony export */   pL: () => (/* binding */ definitionFiles)
/* harmony export */ });
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6107);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9599);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1945);



/**
 * Every plot of the pipeline: the top-level `plots:` definitions, then each stage's plots
 * outputs not already defined at the top level (a top-level entry with the same id wins, as in DVC).
 */
function pipelinePlots(pipeline) {
    const top = pipeline.plots ?? [];
    const ids = new Set(top.map((d) => d.id));
    const fromStages = pipeline.stages.flatMap((s) => s.outs.flatMap((o) => (o.plot && !ids.has(o.plot.id) ? [o.plot] : [])));
    return [...top, ...fromStages];
}
/** The data files a definition reads, as written (a directory stands for the files under it). */
function definitionFiles(definition) {
    return [...definition.y.map((s) => s.file), ...(definition.x?.file ? [definition.x.file] : [])];
}
/** Whether a confusion matrix reads this file: its rows are then collapsed to counts, not thinned. */
function collapsesFile(definitions, path) {
    return definitions.some((d) => !d.image &&
        d.template.startsWith('confusion') &&
        definitionFiles(d).some((f) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)(path, f)));
}
/**
 * The data files of a stage's outputs that some plot reads: named by a definition, or under a
 * directory a definition names. Images are never captured (they are linked, not parsed).
 */
function filesToCapture(stage, outputs, definitions) {
    if (definitions.length === 0)
        return [];
    const wanted = definitions.filter((d) => !d.image);
    const chosen = new Map();
    for (const output of outputs) {
        if (!stage.outs.some((o) => o.path === output.path))
            continue;
        for (const file of output.files) {
            const format = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .plotFormat */ .L9)(file.path);
            if (!format || format === 'image')
                continue;
            if (!wanted.some((d) => definitionFiles(d).some((f) => (0,_paths_js__WEBPACK_IMPORTED_MODULE_2__/* .isWithin */ .UO)(file.path, f))))
                continue;
            chosen.set(file.path, collapsesFile(wanted, file.path));
        }
    }
    return [...chosen]
        .slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_LIMITS */ .dz.filesPerStage)
        .map(([path, collapse]) => ({ path, collapse }));
}


/***/ }),

/***/ 9710:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ fileDefinition),
/* harmony export */   Ud: () => (/* binding */ readDefinition),
/* harmony export */   Wh: () => (/* binding */ readPlotList)
/* harmony export */ });
/* unused harmony export PLOT_OPTION_KEYS */
/* harmony import */ var _diagnostics_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7135);
/* harmony import */ var _suggest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2085);
/* harmony import */ var _manifest_reader_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1970);
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9599);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1945);





/** The options a plot takes, in reprokit.yml and dvc.yaml alike (DVC's names). */
const PLOT_OPTION_KEYS = [
    'x',
    'y',
    'template',
    'title',
    'x_label',
    'y_label',
    'header',
];
const EXAMPLE = 'plots: [logs/loss.csv, {logs/acc.csv: {x: epoch, y: acc}}, {ROC: {x: fpr, y: {roc.json: tpr}}}]';
/**
 * A top-level `plots:` list, DVC's forms: `- path`, `- path: {options}` and named definitions
 * `- Name: {x: field or {file: field}, y: {file: field or [fields]}, ...}` (y naming the files).
 */
function readPlotList(reader, value, context) {
    if (value === undefined || value === null)
        return [];
    const definitions = [];
    const seen = new Set();
    reader.list(value, context.at, 'plots', EXAMPLE).forEach((item, index) => {
        const at = [...context.at, index];
        let definition;
        if (typeof item === 'string') {
            const file = context.resolve(item, at);
            if (file !== undefined)
                definition = fileDefinition(file, {}, reader.ref(at));
        }
        else if ((0,_manifest_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(item) && Object.keys(item).length === 1) {
            const [id, raw] = Object.entries(item)[0];
            const options = raw === null || raw === undefined ? {} : reader.map(raw, [...at, id], `plot "${id}"`);
            if (options)
                definition = readDefinition(reader, id, options, { ...context, at: [...at, id] });
        }
        else
            reader.wrongType(at, 'an entry of plots', 'a path or {path-or-name: {options}}', item, EXAMPLE);
        if (!definition)
            return;
        if (seen.has(definition.id)) {
            reader.report((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('invalid-value', `plot "${definition.id}" is defined twice`, {
                source: reader.ref(at),
                hint: 'give each plot its own name or file',
            }));
            return;
        }
        seen.add(definition.id);
        definitions.push(definition);
    });
    return definitions;
}
/** The options of one plot: a stage's plots output (`id` is its path) or a top-level entry. */
function readDefinition(reader, id, options, context) {
    const { at } = context;
    const known = [...PLOT_OPTION_KEYS, ...(context.file ? ['cache', 'persist', 'path'] : [])];
    for (const key of Object.keys(options))
        if (!known.includes(key) &&
            !(context.file && ['desc', 'type', 'labels', 'meta', 'remote', 'push'].includes(key)))
            reader.checkKeys({ [key]: options[key] }, at, known, `in plot "${id}"`);
    const template = readTemplate(reader, options.template, [...at, 'template']);
    const text = (key) => options[key] === undefined ? undefined : reader.scalarString(options[key], [...at, key], key);
    if (options.header === false)
        reader.report((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .notice */ .lm)('unsupported', `plot "${id}": header: false is not supported; the first row is read as field names`, {
            source: reader.ref([...at, 'header'], 'key'),
        }));
    const x = readX(reader, options.x, { ...context, at: [...at, 'x'] });
    const named = (0,_manifest_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(options.y);
    let y;
    if (named)
        y = readNamedY(reader, options.y, { ...context, at: [...at, 'y'] });
    else {
        const file = context.file ?? context.resolve(id, at);
        if (file === undefined)
            return undefined;
        const fields = readFields(reader, options.y, [...at, 'y']);
        y = [{ file, ...(fields ? { fields } : {}) }];
    }
    if (y.length === 0)
        return undefined;
    const title = text('title');
    const xLabel = text('x_label');
    const yLabel = text('y_label');
    const fileId = named ? id : y[0].file;
    return {
        id: fileId,
        template,
        ...(title !== undefined ? { title } : {}),
        ...(xLabel !== undefined ? { xLabel } : {}),
        ...(yLabel !== undefined ? { yLabel } : {}),
        ...(x ? { x } : {}),
        y,
        ...(!named && (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .plotFormat */ .L9)(fileId) === 'image' ? { image: true } : {}),
        source: reader.ref(at, 'key'),
    };
}
/** A plot of one file with default options (`- path`, or a stage's plots output). */
function fileDefinition(file, options, source) {
    return {
        id: file,
        template: options.template ?? 'linear',
        y: [{ file }],
        ...((0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .plotFormat */ .L9)(file) === 'image' ? { image: true } : {}),
        ...(source ? { source } : {}),
    };
}
function readTemplate(reader, value, at) {
    if (value === undefined)
        return 'linear';
    const text = reader.string(value, at, 'template');
    if (text === undefined)
        return 'linear';
    if (_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_TEMPLATES */ .Ch.includes(text))
        return text;
    const guess = (0,_suggest_js__WEBPACK_IMPORTED_MODULE_4__/* .closest */ .k)(text, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_TEMPLATES */ .Ch);
    reader.report((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('invalid-value', `unknown plot template "${text}"`, {
        source: reader.ref(at),
        hint: guess
            ? `did you mean "${guess}"? (one of: ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_TEMPLATES */ .Ch.join(', ')})`
            : `use one of: ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_TEMPLATES */ .Ch.join(', ')}`,
    }));
    return 'linear';
}
function readX(reader, value, context) {
    if (value === undefined || value === null)
        return undefined;
    if ((0,_manifest_reader_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainMap */ .nK)(value)) {
        const entries = Object.entries(value);
        if (entries.length !== 1) {
            reader.report((0,_diagnostics_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3)('invalid-value', 'x names one field of one file', {
                source: reader.ref(context.at),
                hint: 'write it like: x: {train.json: epoch}',
            }));
            return undefined;
        }
        const [file, field] = entries[0];
        const path = context.resolve(file, [...context.at, file]);
        const name = reader.scalarString(field, [...context.at, file], 'x');
        return path !== undefined && name !== undefined ? { field: name, file: path } : undefined;
    }
    const field = reader.scalarString(value, context.at, 'x');
    return field === undefined ? undefined : { field };
}
function readNamedY(reader, y, context) {
    const sources = [];
    for (const [file, raw] of Object.entries(y)) {
        const at = [...context.at, file];
        const path = context.resolve(file, at);
        if (path === undefined)
            continue;
        const fields = readFields(reader, raw, at);
        sources.push({ file: path, ...(fields ? { fields } : {}) });
    }
    return sources;
}
/** A field or a list of them; none given: the file's last field (DVC's default). */
function readFields(reader, value, at) {
    if (value === undefined || value === null)
        return undefined;
    const fields = Array.isArray(value)
        ? value
            .map((v, i) => reader.scalarString(v, [...at, i], 'y'))
            .filter((v) => v !== undefined)
        : [reader.scalarString(value, at, 'y')].filter((v) => v !== undefined);
    return fields.length > 0 ? fields : undefined;
}


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cj: () => (/* binding */ isPlotTable),
/* harmony export */   L9: () => (/* binding */ plotFormat),
/* harmony export */   x: () => (/* binding */ parsePlotFile)
/* harmony export */ });
/* harmony import */ var _manifest_source_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7796);
/* harmony import */ var _result_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9294);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1945);



/** The format a plots file is read as, by its extension; undefined: not a plots file we read. */
function plotFormat(path) {
    const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
    if (ext === 'csv' || ext === 'tsv' || ext === 'json')
        return ext;
    if (ext === 'yaml' || ext === 'yml')
        return 'yaml';
    if (_types_js__WEBPACK_IMPORTED_MODULE_1__/* .IMAGE_EXTENSIONS */ .f9.includes(ext))
        return 'image';
    return undefined;
}
/**
 * A data file's rows. Expected problems (unknown format, malformed text, no rows) are a sentence
 * naming the file, for a warning: a hostile file never throws.
 */
async function parsePlotFile(path, text) {
    if (text.length > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_LIMITS */ .dz.fileBytes)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`plots file ${path} is over ${_types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_LIMITS */ .dz.fileBytes} bytes; it is not read`);
    const format = plotFormat(path);
    if (format === undefined || format === 'image')
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`plots file ${path} is not CSV, TSV, JSON or YAML; it is not read`);
    if (format === 'csv' || format === 'tsv')
        return delimited(path, text, format === 'csv' ? ',' : '\t');
    const parsed = await (0,_manifest_source_js__WEBPACK_IMPORTED_MODULE_0__/* .parseYaml */ .hN)(path, text);
    if (!parsed.ok)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`plots file ${path} is not valid ${format.toUpperCase()}; it is not read`);
    return fromObjects(path, rowsOf(parsed.value));
}
/** A list of objects, or an object holding such a list (DVC reads the first list it finds). */
function rowsOf(value) {
    if (Array.isArray(value))
        return value;
    if (value === null || typeof value !== 'object')
        return undefined;
    for (const item of Object.values(value))
        if (Array.isArray(item) && item.some(isObject))
            return item;
    return undefined;
}
function fromObjects(path, rows) {
    if (!rows || !rows.every(isObject))
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`plots file ${path} holds no list of objects (rows); it is not read`);
    const fields = [];
    for (const row of rows)
        for (const [key, value] of Object.entries(row))
            if (isScalar(value) && !fields.includes(key) && fields.length < _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_LIMITS */ .dz.fields)
                fields.push(key);
    if (fields.length === 0 || rows.length === 0)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`plots file ${path} has no rows with values; it is not read`);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({
        fields,
        rows: rows.map((row) => fields.map((f) => cell(row[f]))),
    });
}
function delimited(path, text, separator) {
    const lines = splitRecords(text, separator);
    const header = lines[0];
    if (!header || header.every((h) => h.trim() === ''))
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`plots file ${path} has no header row; it is not read`);
    const fields = header.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_LIMITS */ .dz.fields).map((h, i) => h.trim() || `column${i + 1}`);
    const rows = lines
        .slice(1)
        .filter((r) => r.some((c) => c.trim() !== ''))
        .map((r) => fields.map((_, i) => cell(parseNumberish(r[i]))));
    if (rows.length === 0)
        return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._)(`plots file ${path} has a header but no rows; it is not read`);
    return (0,_result_js__WEBPACK_IMPORTED_MODULE_2__.ok)({ fields, rows });
}
/** RFC 4180 records: quoted cells may hold separators, quotes ("") and line breaks. */
function splitRecords(text, separator) {
    const records = [];
    let record = [];
    let current = '';
    let quoted = false;
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (quoted) {
            if (c === '"' && body[i + 1] === '"') {
                current += '"';
                i++;
            }
            else if (c === '"')
                quoted = false;
            else
                current += c;
        }
        else if (c === '"' && current === '')
            quoted = true;
        else if (c === separator) {
            record.push(current);
            current = '';
        }
        else if (c === '\n' || c === '\r') {
            if (c === '\r' && body[i + 1] === '\n')
                i++;
            record.push(current);
            records.push(record);
            record = [];
            current = '';
        }
        else
            current += c;
    }
    if (current !== '' || record.length > 0) {
        record.push(current);
        records.push(record);
    }
    return records;
}
function parseNumberish(text) {
    if (text === undefined)
        return null;
    const trimmed = text.trim();
    if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(trimmed))
        return Number(trimmed);
    return trimmed;
}
/** Numbers stay numbers (finite only), booleans and text become bounded text. */
function cell(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : null;
    if (typeof value === 'string') {
        if (value === '')
            return null;
        return value.length > _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_LIMITS */ .dz.cellChars ? value.slice(0, _types_js__WEBPACK_IMPORTED_MODULE_1__/* .PLOT_LIMITS */ .dz.cellChars) : value;
    }
    if (typeof value === 'boolean')
        return String(value);
    return null;
}
function isScalar(value) {
    return ['string', 'number', 'boolean'].includes(typeof value);
}
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
/** A recorded table read back from an untrusted record or index: its shape is checked. */
function isPlotTable(value) {
    if (!isObject(value))
        return false;
    const { fields, rows, counts, sampledFrom } = value;
    if (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string'))
        return false;
    if (!Array.isArray(rows) || !rows.every((r) => Array.isArray(r) && r.length === fields.length))
        return false;
    if (counts !== undefined && !(Array.isArray(counts) && counts.length === rows.length))
        return false;
    return sampledFrom === undefined || typeof sampledFrom === 'number';
}


/***/ }),

/***/ 1945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ PLOT_TEMPLATES),
/* harmony export */   dz: () => (/* binding */ PLOT_LIMITS),
/* harmony export */   f9: () => (/* binding */ IMAGE_EXTENSIONS)
/* harmony export */ });
/**
 * DVC's plot templates. reprokit draws each with the closest chart it has: a line chart for
 * linear/simple/smooth/scatter, bars for the bar templates, a table for the confusion ones.
 */
const PLOT_TEMPLATES = [
    'linear',
    'simple',
    'smooth',
    'scatter',
    'bar_horizontal',
    'bar_horizontal_sorted',
    'confusion',
    'confusion_normalized',
];
/** Image files a stage writes that are shown (linked or named), never parsed. */
const IMAGE_EXTENSIONS = ['png', 'svg', 'jpg', 'jpeg', 'gif'];
/** Limits on what is parsed and recorded: records ride in the cache index of every run. */
const PLOT_LIMITS = {
    /** Larger data files are not parsed at all. */
    fileBytes: 8 * 1024 * 1024,
    /** Rows recorded per file (line charts are thinned evenly to this many). */
    recordedRows: 1000,
    /** Fields kept per row. */
    fields: 32,
    /** Longest text cell kept (longer ones are cut). */
    cellChars: 200,
    /** The serialised table of one file; over it, the file is not recorded. */
    recordedBytes: 96 * 1024,
    /** Data files recorded per stage. */
    filesPerStage: 32,
};


/***/ }),

/***/ 9186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unreachable),
/* harmony export */   U: () => (/* binding */ explainChange)
/* harmony export */ });
/* harmony import */ var _fingerprint_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5527);

/** What changed between the previous run's fingerprint and the current one. */
function explainChange(current, previous) {
    if (previous === undefined)
        return [{ kind: 'never-run' }];
    if (previous.keyVersion !== current.keyVersion)
        return [{ kind: 'key-format-changed' }];
    const reasons = [];
    if ((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(previous.cmd) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current.cmd))
        reasons.push({ kind: 'cmd-changed' });
    if (previous.shell !== current.shell)
        reasons.push({ kind: 'shell-changed', from: previous.shell, to: current.shell });
    if (previous.wdir !== current.wdir)
        reasons.push({ kind: 'wdir-changed', from: previous.wdir, to: current.wdir });
    for (const name of changedKeys(previous.env, current.env))
        reasons.push({ kind: 'env-changed', name });
    if (previous.image !== current.image)
        reasons.push({
            kind: 'image-changed',
            ...defined('from', previous.image),
            ...defined('to', current.image),
        });
    for (const key of changedKeys(previous.params, current.params))
        reasons.push({
            kind: 'param-changed',
            key,
            ...defined('from', previous.params[key]),
            ...defined('to', current.params[key]),
        });
    for (const path of changedKeys(previous.deps, current.deps)) {
        if (!(path in previous.deps))
            reasons.push({ kind: 'dep-added', path });
        else if (!(path in current.deps))
            reasons.push({ kind: 'dep-removed', path });
        else
            reasons.push({ kind: 'dep-changed', path });
    }
    if ((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(previous.outs) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current.outs))
        reasons.push({ kind: 'outs-changed' });
    if ((0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(previous.needs) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(current.needs))
        reasons.push({ kind: 'needs-changed' });
    if (previous.salt !== current.salt)
        reasons.push({ kind: 'salt-changed' });
    return reasons.length > 0 ? reasons : [{ kind: 'no-record' }];
}
function defined(key, value) {
    return value === undefined ? {} : { [key]: value };
}
function changedKeys(before, after) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(before[k]) !== (0,_fingerprint_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalJson */ .dj)(after[k])).sort();
}
/** For the exhaustive switches over reason kinds: a new kind is a compile error there. */
function unreachable(value) {
    throw new Error(`Internal error: unhandled case ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkRecord)
/* harmony export */ });
/* unused harmony export isSafePath */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6107);
/* harmony import */ var _plots_parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9599);


const HEX64 = /^[0-9a-f]{64}$/;
/**
 * A record read from a cache or state file is untrusted input: check its shape, that it is the
 * record asked for, and that every file it names stays inside the output it belongs to.
 */
function checkRecord(value, expect) {
    if (!isObject(value))
        return undefined;
    if (value.version !== 1 ||
        value.stage !== expect.stage ||
        typeof value.key !== 'string' ||
        !HEX64.test(value.key))
        return undefined;
    if (expect.key !== undefined && value.key !== expect.key)
        return undefined;
    if (!isFingerprint(value.fingerprint) || !Array.isArray(value.outputs))
        return undefined;
    if (typeof value.durationMs !== 'number' || typeof value.createdAt !== 'string')
        return undefined;
    if (!value.outputs.every(isOutputRecord))
        return undefined;
    if (value.metrics !== undefined && !isObject(value.metrics))
        return undefined;
    // Plots are for display only: a malformed table is dropped, the record stays usable.
    if (value.plots !== undefined && !checkPlots(value.plots)) {
        const { plots: _dropped, ...rest } = value;
        return rest;
    }
    return value;
}
function isFingerprint(value) {
    if (!isObject(value))
        return false;
    const stringArray = (v) => Array.isArray(v) && v.every((x) => typeof x === 'string');
    const stringRecord = (v) => isObject(v) && Object.values(v).every((x) => typeof x === 'string');
    return (typeof value.keyVersion === 'number' &&
        stringArray(value.cmd) &&
        typeof value.shell === 'string' &&
        typeof value.wdir === 'string' &&
        stringRecord(value.env) &&
        isObject(value.params) &&
        Array.isArray(value.outs) &&
        stringRecord(value.deps) &&
        stringArray(value.needs) &&
        typeof value.salt === 'string' &&
        (value.image === undefined || typeof value.image === 'string'));
}
function isOutputRecord(value) {
    if (!isObject(value))
        return false;
    if (!isSafePath(value.path) || (value.kind !== 'file' && value.kind !== 'dir'))
        return false;
    if (typeof value.digest !== 'string' ||
        !HEX64.test(value.digest) ||
        typeof value.cached !== 'boolean')
        return false;
    if (!Array.isArray(value.files))
        return false;
    const outPath = value.path;
    return value.files.every((f) => isFileDigest(f) && (0,_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .isWithin */ .UO)(f.path, outPath));
}
function isFileDigest(value) {
    return (isObject(value) &&
        isSafePath(value.path) &&
        typeof value.digest === 'string' &&
        HEX64.test(value.digest) &&
        typeof value.size === 'number' &&
        typeof value.executable === 'boolean');
}
/** Relative, normalized, no `..`, no empty segments. */
function isSafePath(value) {
    if (typeof value !== 'string' ||
        value === '' ||
        value.startsWith('/') ||
        value.includes('\\') ||
        value.includes('\0'))
        return false;
    return value.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function checkPlots(value) {
    return isObject(value) && Object.values(value).every(_plots_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .isPlotTable */ .Cj);
}


/***/ }),

/***/ 9237:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ parseRemoteUrl),
/* harmony export */   g: () => (/* binding */ remoteUrl)
/* harmony export */ });
/** Bucket names as S3 allows them (3-63 chars, lowercase, digits, dots, hyphens). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
/** Parses `s3://bucket/prefix`; every way it can be wrong gets a sentence that names the form. */
function parseRemoteUrl(url) {
    const form = 'write it like s3://my-bucket/reprokit';
    const match = /^s3:\/\/([^/]*)(?:\/(.*))?$/.exec(url.trim());
    if (!match)
        return { ok: false, error: `remote "${url}" is not an s3:// URL: ${form}` };
    const bucket = match[1] ?? '';
    if (!BUCKET.test(bucket))
        return { ok: false, error: `remote "${url}" has no valid bucket name: ${form}` };
    const prefix = (match[2] ?? '').replace(/\/+$/, '');
    if (prefix.split('/').some((part) => part === '' || part === '.' || part === '..') &&
        prefix !== '')
        return { ok: false, error: `remote "${url}" has an empty, "." or ".." path segment: ${form}` };
    return { ok: true, value: { bucket, prefix } };
}
function remoteUrl(location) {
    return `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
}


/***/ }),

/***/ 9294:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ unreachable),
/* harmony export */   _: () => (/* binding */ err),
/* harmony export */   ok: () => (/* binding */ ok)
/* harmony export */ });
function ok(value) {
    return { ok: true, value };
}
function err(error) {
    return { ok: false, error };
}
function unreachable(value) {
    throw new Error(`Internal error: unexpected value ${JSON.stringify(value)}`);
}


/***/ }),

/***/ 2680:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a: () => (/* binding */ runPipeline)
});

// EXTERNAL MODULE: ./src/core/dvc/missing-input.ts
var missing_input = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/core/fingerprint.ts
var core_fingerprint = __webpack_require__(5527);
// EXTERNAL MODULE: ./src/core/graph.ts
var graph = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/core/manifest/source.ts
var source = __webpack_require__(7796);
// EXTERNAL MODULE: ./src/core/paths.ts
var core_paths = __webpack_require__(6107);
// EXTERNAL MODULE: ./src/core/plots/capture.ts
var capture = __webpack_require__(7970);
// EXTERNAL MODULE: ./src/core/reasons.ts
var core_reasons = __webpack_require__(9186);
// EXTERNAL MODULE: ./src/ports.ts
var ports = __webpack_require__(6467);
;// CONCATENATED MODULE: ./src/engine/attempts.ts
/**
 * Runs attempts until one succeeds, the retries are used up, or the run is stopped. Each
 * attempt gets its own signal: the run's, combined with its own timer for `timeout`, so a
 * timeout stops the command exactly as a cancellation does (the runner's process-group
 * TERM, then KILL) and the two are told apart here, by which signal fired.
 */
async function runAttempts(loop) {
    const of = 1 + (loop.runtime?.retries ?? 0);
    for (let number = 1;; number++) {
        if (number > 1)
            await loop.reset();
        const outcome = await timedAttempt(loop);
        const attempt = { number, of };
        const windingDown = loop.noMoreAttempts?.aborted === true;
        if (outcome.ok || number >= of || !retryable(outcome.failure) || loop.signal.aborted)
            return { ...outcome, attempt };
        if (windingDown)
            return { ...outcome, attempt };
        const delayMs = loop.runtime?.retryDelay.ms ?? 0;
        loop.emit({
            type: 'stage-retry',
            stage: loop.stage,
            attempt: number,
            of,
            failure: outcome.failure,
            delayMs,
        });
        await pause(delayMs, loop.noMoreAttempts ? AbortSignal.any([loop.signal, loop.noMoreAttempts]) : loop.signal);
        // Stopped while waiting: the failed attempt is the last; nothing more starts.
        if (loop.signal.aborted)
            return { ok: false, failure: { kind: 'interrupted' }, attempt };
        if (loop.noMoreAttempts?.aborted)
            return { ...outcome, attempt };
    }
}
async function timedAttempt(loop) {
    const timeout = loop.runtime?.timeout;
    if (loop.signal.aborted)
        return { ok: false, failure: { kind: 'interrupted' } };
    if (!timeout)
        return interruptedIfStopped(await loop.attempt(loop.signal), loop.signal);
    const timer = new AbortController();
    const handle = setTimeout(() => timer.abort(), timeout.ms);
    try {
        const outcome = await loop.attempt(AbortSignal.any([loop.signal, timer.signal]));
        if (outcome.ok)
            return outcome;
        if (loop.signal.aborted)
            return { ok: false, failure: { kind: 'interrupted' } };
        if (timer.signal.aborted)
            return { ok: false, failure: { kind: 'timed-out', after: timeout } };
        return outcome;
    }
    finally {
        clearTimeout(handle);
    }
}
function interruptedIfStopped(outcome, signal) {
    return !outcome.ok && signal.aborted ? { ok: false, failure: { kind: 'interrupted' } } : outcome;
}
/** Another attempt cannot help: the run was stopped, or the container engine is missing. */
function retryable(failure) {
    return failure.kind !== 'interrupted' && failure.kind !== 'container-unavailable';
}
/** Waits `ms`, or less when the signal aborts first. */
function pause(ms, signal) {
    return new Promise((resolve) => {
        if (signal.aborted || ms <= 0)
            return resolve();
        const done = () => {
            clearTimeout(handle);
            signal.removeEventListener('abort', done);
            resolve();
        };
        const handle = setTimeout(done, ms);
        signal.addEventListener('abort', done, { once: true });
    });
}

;// CONCATENATED MODULE: ./src/engine/expected-failures.ts

/** Failures of the environment the engine reports as a stage error in words, not as a bug. */
function isExpectedFailure(e) {
    return e instanceof ports/* SpecialFile */.eT || e instanceof ports/* RecordWriteFailure */.$6;
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/path-map.ts
var path_map = __webpack_require__(3863);
;// CONCATENATED MODULE: ./src/core/path-batches.ts


/** Batches smaller than this are filed path by path; larger ones by directory. */
const SMALL_BATCH = 64;
/**
 * Which batch each path was put in, for batches of up to 100,000 paths (a directory dep): a
 * large batch is filed as one sorted array per directory, not one map entry per path (two hash
 * table insertions per path were a tenth of hashing 100,000 small files, issue 17). Small
 * batches (a plan checks stage by stage) are filed per path, so that thousands of them in one
 * directory do not make every lookup scan thousands of arrays. Forgetting everything under a
 * path visits only the directories below it (PathMap).
 */
class PathBatches {
    small = new path_map/* PathMap */.S();
    /** Runs of large batches, by directory, newest last. */
    runs = new path_map/* PathMap */.S();
    /** The batch of each path (undefined: in none), in the order given. */
    findAll(paths) {
        const found = new Array(paths.length);
        const anySmall = this.small.size > 0;
        const anyRuns = this.runs.size > 0;
        let dir;
        let runs;
        for (let i = 0; i < paths.length; i++) {
            const path = paths[i];
            let batch = anySmall ? this.small.get(path) : undefined;
            if (batch === undefined && anyRuns) {
                // Paths of one directory in a row (a listing): no slice and no lookup per path.
                if (dir === undefined || !inDir(path, dir)) {
                    dir = (0,core_paths/* parentDir */.Qp)(path);
                    runs = this.runs.get(dir);
                }
                if (runs)
                    batch = inRuns(runs, path);
            }
            found[i] = batch;
        }
        return found;
    }
    /** Files the paths (which must be in no batch yet) under `batch`. */
    add(paths, batch) {
        if (paths.length < SMALL_BATCH) {
            this.small.setMany(paths, batch);
            return;
        }
        const sorted = isSorted(paths) ? paths : [...paths].sort();
        // One run per directory, a stretch of the sorted list. A sorted list can leave a directory
        // and come back ('a/b', 'a/b.c/x', 'a/c'; or 's1.json', 's1/…', 's2.json', 's2/…' many
        // times): that directory's run then gets an array of its own, appended to in place.
        const mine = new Map();
        const owned = new Set();
        let dir;
        let from = 0;
        for (let i = 0; i <= sorted.length; i++) {
            const path = sorted[i];
            if (path !== undefined && dir !== undefined && inDir(path, dir))
                continue;
            if (dir !== undefined) {
                const run = mine.get(dir);
                if (!run) {
                    const made = { batch, paths: sorted, from, to: i };
                    mine.set(dir, made);
                    const runs = this.runs.get(dir);
                    if (runs)
                        runs.push(made);
                    else
                        this.runs.set(dir, [made]);
                }
                else {
                    const own = owned.has(run) ? run.paths : run.paths.slice(run.from, run.to);
                    owned.add(run);
                    for (let k = from; k < i; k++)
                        own.push(sorted[k]);
                    run.paths = own;
                    run.from = 0;
                    run.to = own.length;
                }
            }
            if (path === undefined)
                break;
            dir = (0,core_paths/* parentDir */.Qp)(path);
            from = i;
        }
    }
    /** Forgets `prefix` and every path under it (what `isWithin(path, prefix)` selects). */
    deleteWithin(prefix) {
        this.small.deleteWithin(prefix);
        this.runs.deleteWithin(prefix); // directories at or under prefix
        if (prefix === '')
            return;
        for (const run of this.runs.get((0,core_paths/* parentDir */.Qp)(prefix)) ?? [])
            if (indexIn(run, prefix))
                (run.gone ??= new Set()).add(prefix);
    }
}
/** Whether `path` is directly in `dir` ('' for the root), without slicing it. */
function inDir(path, dir) {
    const slash = path.lastIndexOf('/');
    return dir === '' ? slash < 0 : slash === dir.length && path.startsWith(dir);
}
function inRuns(runs, path) {
    for (let k = runs.length - 1; k >= 0; k--) {
        const run = runs[k];
        if (indexIn(run, path) && !run.gone?.has(path))
            return run.batch;
    }
    return undefined;
}
/** Binary search of a run (code-unit order). */
function indexIn(run, path) {
    let lo = run.from;
    let hi = run.to - 1;
    while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const at = run.paths[mid];
        if (at === path)
            return true;
        if (at < path)
            lo = mid + 1;
        else
            hi = mid - 1;
    }
    return false;
}
function isSorted(paths) {
    for (let i = 1; i < paths.length; i++)
        if (paths[i - 1] > paths[i])
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/engine/digests.ts





/** Hashes each file at most once per run, however many stages read it. */
class FileDigests {
    hasher;
    /**
     * Per path, the batch that hashes it: one promise per batch, not one per file (a directory
     * dep of 100,000 files made 100,000 promises and closures, a tenth of the command's time),
     * and a large batch filed per directory, not per path (PathBatches).
     */
    memo = new PathBatches();
    /** Directories the hasher vouched for (or not: undefined), by directory. */
    trees = new path_map/* PathMap */.S();
    constructor(hasher) {
        this.hasher = hasher;
    }
    /** The digest of a whole directory when the hasher can vouch for it (see Hasher.vouchTree). */
    async tree(dir, files) {
        let tree = this.trees.get(dir);
        if (!tree) {
            tree = this.hasher.vouchTree(dir, files);
            this.trees.set(dir, tree);
        }
        return (await tree)?.digest;
    }
    async get(paths) {
        const batches = this.memo.findAll(paths);
        let unknown = 0;
        for (const batch of batches)
            if (batch === undefined)
                unknown++;
        // All unknown (a directory dep's first look): the list itself is the batch, no copy.
        const missing = unknown === paths.length ? paths : paths.filter((_, i) => batches[i] === undefined);
        if (unknown > 0) {
            const batch = this.hasher.hashFiles(missing);
            // Whoever asks for these paths sees the failure; a failure nobody waits for is not "unhandled".
            batch.catch(() => undefined);
            this.memo.add(missing, batch);
            for (let i = 0; i < paths.length; i++)
                batches[i] ??= batch;
        }
        const settled = new Map();
        let previous;
        for (const batch of batches) {
            if (batch !== previous && batch && !settled.has(batch))
                settled.set(batch, await batch);
            previous = batch;
        }
        const digests = new Array(paths.length);
        let last;
        let found;
        for (let i = 0; i < paths.length; i++) {
            const path = paths[i];
            const batch = batches[i];
            // Consecutive paths of one batch (a listing): one lookup of the batch, not one per path.
            if (batch !== last)
                found = settled.get((last = batch));
            const digest = found?.get(path);
            if (!digest)
                throw new Error(`Internal error: ${path} was not hashed`);
            digests[i] = digest;
        }
        return digests;
    }
    /** A stage is about to rewrite these paths: earlier digests no longer hold. */
    forget(prefixes) {
        for (const prefix of prefixes) {
            this.memo.deleteWithin(prefix); // no scan of the memo
            this.trees.deleteOverlapping(prefix);
        }
    }
}
class DepProblem extends Error {
}
/**
 * Content digest of one dep. Files produced by another stage are taken from that stage's record
 * (early cutoff without downloads); everything else is hashed in the workspace.
 */
async function depDigest(dep, known, context, excludes = []) {
    const kept = keeper(excludes);
    if (dep.kind === 'glob')
        return globDigest(dep, known, context, kept);
    const container = context.graph.producers.containing(dep.path);
    if (container)
        return digestInsideOutput(dep, container.out, known, context);
    const inner = context.graph.producers.inside(dep.path).map((p) => recordOf(p.out, known));
    const info = await context.workspace.info(dep.path);
    // A directory that only holds other stages' outputs may not exist yet: they are not restored.
    if (!info && inner.length === 0)
        throw new DepProblem(`dep ${dep.path} does not exist`);
    if (info?.kind === 'file') {
        const [file] = await context.files.get([dep.path]);
        return file.digest;
    }
    // The common case: a plain directory of many files, perhaps one git vouches for as a whole.
    const plain = inner.length === 0 && excludes.length === 0;
    if (plain && info) {
        const count = await context.workspace.countFiles(dep.path);
        const vouched = count.plain ? await context.files.tree(dep.path, count.files) : undefined;
        if (vouched !== undefined)
            return vouched;
    }
    const listed = info ? await context.workspace.listFiles(dep.path) : [];
    const onDisk = plain
        ? listed
        : listed.filter((f) => !inner.some((o) => (0,core_paths/* isWithin */.UO)(f, o.path)) && kept(f));
    const digests = await context.files.get(onDisk);
    const all = plain
        ? digests
        : [...digests, ...inner.flatMap((o) => o.files).filter((f) => kept(f.path))];
    return (0,core_fingerprint/* treeDigestWithin */.M)(all, dep.path, context.sha256);
}
function recordOf(out, known) {
    const record = known.get(out.path);
    if (!record)
        throw new Error(`Internal error: output ${out.path} used before its stage finished`);
    return record;
}
function digestInsideOutput(dep, out, known, context) {
    const record = recordOf(out, known);
    if (dep.path === record.path)
        return record.digest;
    const files = record.files.filter((f) => (0,core_paths/* isWithin */.UO)(f.path, dep.path));
    if (files.length === 0)
        throw new DepProblem(`dep ${dep.path} is not among the files its producer wrote to ${out.path}`);
    if (files.length === 1 && files[0].path === dep.path)
        return files[0].digest;
    return (0,core_fingerprint/* treeDigest */.fZ)(files.map((f) => ({ relpath: (0,core_paths/* relativeTo */.Mf)(f.path, dep.path), digest: f.digest })), context.sha256);
}
/** `!pattern` deps of a stage: files they match are left out of its glob and directory deps. */
function keeper(excludes) {
    if (excludes.length === 0)
        return () => true;
    const tests = excludes.map((e) => e.kind === 'glob' ? (0,glob/* compileGlob */.SO)(e.pattern) : (path) => (0,core_paths/* isWithin */.UO)(path, e.pattern));
    return (path) => !tests.some((excluded) => excluded(path));
}
async function globDigest(dep, known, context, kept) {
    const matches = (0,glob/* compileGlob */.SO)(dep.path);
    const produced = [...known.values()];
    const onDisk = (await context.workspace.glob(dep.path)).filter((f) => !context.graph.producers.containing(f) && kept(f));
    const fromRecords = produced
        .flatMap((o) => o.files)
        .filter((f) => matches(f.path) && kept(f.path));
    const digests = [...(await context.files.get(onDisk)), ...fromRecords];
    if (digests.length === 0 && !dep.optional)
        throw new DepProblem(`glob "${dep.path}" matches no files; mark it {path: '${dep.path}', optional: true} if that is expected`);
    return (0,core_fingerprint/* treeDigestWithin */.M)(digests, '', context.sha256);
}
/** Hashes a stage's outputs in the workspace; lists the declared outputs that are missing. */
async function recordOutputs(stage, context) {
    const outputs = [];
    const missing = [];
    for (const out of stage.outs) {
        const record = await outputInWorkspace(out, context);
        if (record)
            outputs.push(record);
        else
            missing.push(out.path);
    }
    return { outputs, missing };
}
async function outputInWorkspace(out, context) {
    const info = await context.workspace.info(out.path);
    if (!info)
        return undefined;
    if (info.kind === 'file') {
        const files = await context.files.get([out.path]);
        return {
            path: out.path,
            kind: 'file',
            digest: files[0].digest,
            files,
            cached: out.cache,
        };
    }
    const files = await context.files.get(await context.workspace.listFiles(out.path));
    const digest = (0,core_fingerprint/* treeDigestWithin */.M)(files, out.path, context.sha256);
    return { path: out.path, kind: 'dir', digest, files, cached: out.cache };
}
/** Compares the workspace with recorded outputs; returns what differs (empty: all match). */
async function outputDifferences(stage, recorded, context) {
    const differences = [];
    for (const out of stage.outs) {
        const expected = recorded.find((r) => r.path === out.path);
        const actual = await outputInWorkspace(out, context);
        if (!actual)
            differences.push({ kind: 'output-missing', path: out.path });
        else if (!expected || expected.digest !== actual.digest)
            differences.push({ kind: 'output-modified', path: out.path });
    }
    return differences;
}

;// CONCATENATED MODULE: ./src/engine/images.ts
/**
 * The reference of each image as it goes into stage keys, asked of the container engine once
 * per run (stages sharing an image share the answer and the notice).
 */
class ImagePins {
    containers;
    emit;
    pins = new Map();
    constructor(containers, emit) {
        this.containers = containers;
        this.emit = emit;
    }
    pin(image) {
        let pinned = this.pins.get(image);
        if (!pinned) {
            pinned = this.resolve(image);
            this.pins.set(image, pinned);
        }
        return pinned;
    }
    async resolve(image) {
        if (!this.containers)
            return image;
        const pinned = await this.containers.pin(image);
        if (pinned.kind === 'as-written')
            this.emit({ type: 'warning', message: unpinnedText(pinned) });
        return pinned.ref;
    }
}
function unpinnedText(pinned) {
    const why = pinned.why === 'no-docker' ? 'docker is not available here' : 'the image is not pulled here';
    return `image ${pinned.ref}: ${why}, so the stage key holds the reference as written, not its digest; pin it as name@sha256:… for keys that follow the image's content`;
}

;// CONCATENATED MODULE: ./src/engine/persist.ts
/**
 * Tools with their own incremental store (R targets' `_targets/`, `.snakemake`, Quarto's
 * `_freeze/`) declare it `persist: true`. On a fresh checkout the store is missing, and running
 * the stage from nothing throws that store's work away; so before the stage runs, the latest
 * recorded version of its persisted outputs is put back from the cache.
 *
 * Only when every persisted output is missing (a partial store in the workspace is the user's
 * and is never overwritten) and the record writes nothing but this stage's declared outputs.
 * Never fails the stage: a failed restore is a warning and the stage starts from nothing.
 */
async function restorePersisted(stage, services) {
    const persisted = stage.outs.filter((o) => o.persist && o.cache).map((o) => o.path);
    const cache = services.cache;
    if (persisted.length === 0 || !cache)
        return undefined;
    const present = [];
    for (const path of persisted)
        if (await services.workspace.info(path))
            present.push(path);
    if (present.length === persisted.length)
        return undefined;
    if (present.length > 0) {
        services.emit({
            type: 'warning',
            message: `stage ${stage.name}: persisted outputs ${persisted.filter((p) => !present.includes(p)).join(', ')} are missing but ${present.join(', ')} exist; not restoring an earlier version over them`,
        });
        return undefined;
    }
    const record = await cache.latest(stage.name);
    if (!record || !restorable(record, stage, persisted))
        return undefined;
    const outcome = await cache.restore(record);
    const paths = record.outputs.filter((o) => o.cached).map((o) => o.path);
    services.forget(paths);
    if (!outcome.ok) {
        services.emit({
            type: 'warning',
            message: `could not restore the persisted outputs of ${stage.name} from the ${cache.name} cache: ${outcome.reason}; the stage starts without them`,
        });
        return undefined;
    }
    const restored = {
        fromKey: record.key,
        createdAt: record.createdAt,
        paths: persisted.filter((p) => paths.includes(p)),
        bytes: outcome.bytes,
    };
    services.emit({ type: 'persist-restored', stage: stage.name, ...restored });
    return restored;
}
/** The record holds a persisted output and restoring it writes only declared outputs. */
function restorable(record, stage, persisted) {
    const cached = record.outputs.filter((o) => o.cached);
    const declared = new Set(stage.outs.map((o) => o.path));
    return (cached.some((o) => persisted.includes(o.path)) && cached.every((o) => declared.has(o.path)));
}

// EXTERNAL MODULE: ./src/core/plots/bound.ts
var bound = __webpack_require__(9872);
// EXTERNAL MODULE: ./src/core/plots/parse.ts
var parse = __webpack_require__(9599);
;// CONCATENATED MODULE: ./src/engine/plots.ts



/**
 * The rows of a stage's plots data files, to ride in its record like metrics do: the pull-request
 * comment then draws the base branch's curves from the base's records, never by running or
 * downloading it. A file that cannot be read or is too large is left out with a warning.
 */
async function readPlots(stage, outputs, context) {
    const files = (0,capture/* filesToCapture */.X9)(stage, outputs, context.definitions);
    if (files.length === 0)
        return {};
    const plots = {};
    for (const file of files) {
        const text = await context.workspace.readText(file.path);
        if (text === undefined)
            continue;
        const parsed = await (0,parse/* parsePlotFile */.x)(file.path, text);
        if (!parsed.ok) {
            context.emit({ type: 'warning', message: `${parsed.error} (stage ${stage.name})` });
            continue;
        }
        const recorded = (0,bound/* recordedTable */.l)(file.path, parsed.value, { collapse: file.collapse });
        if (recorded.notice)
            context.emit({ type: 'warning', message: recorded.notice });
        if (recorded.ok)
            plots[file.path] = recorded.table;
    }
    return Object.keys(plots).length > 0 ? { plots } : {};
}

;// CONCATENATED MODULE: ./src/engine/semaphore.ts
/** Limits how many stage commands run at once. */
class Semaphore {
    limit;
    active = 0;
    waiting = [];
    constructor(limit) {
        this.limit = limit;
    }
    async acquire() {
        if (this.active < this.limit) {
            this.active++;
            return;
        }
        await new Promise((resolve) => this.waiting.push(resolve));
    }
    release() {
        const next = this.waiting.shift();
        if (next)
            next();
        else
            this.active--;
    }
}

// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(9294);
;// CONCATENATED MODULE: ./src/engine/shell.ts

/** The argv that runs one command line; the text is passed as one argument, never re-split. */
function shellArgv(shell, command) {
    switch (shell) {
        case 'bash':
            return ['bash', '--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', command];
        case 'sh':
            return ['sh', '-e', '-c', command];
        case 'pwsh':
            return ['pwsh', '-NoProfile', '-NonInteractive', '-Command', command];
        default:
            return (0,result/* unreachable */.H)(shell);
    }
}
/**
 * Characters of a word: none of them is special to bash or dash anywhere in a word, so there is
 * no quoting (`'"\\`), expansion (`$`, `` ` ``, `~`, globs `*?[`, braces `{}`), control operator
 * (`;&|()`, newline), comment (`#`) or history/negation (`!`). Anything else, non-ASCII included,
 * goes to the shell. Besides words, a simple line holds blanks and the redirections below.
 */
const WORD_CHAR = /[A-Za-z0-9_@%+,./:=-]/;
const BLANK = /[\t ]/;
/**
 * First words that are not programs on PATH: the builtins and reserved words of bash and dash.
 * A builtin such as `echo`, `test`, `true` or `pwd` may behave differently from the program of
 * the same name, and `cd`, `export`, `exit`, `.` act on the shell itself, so they keep it.
 */
const SHELL_WORDS = new Set([
    // reserved words (bash's `compgen -k`, which include dash's)
    ...['if', 'then', 'else', 'elif', 'fi', 'case', 'esac', 'for', 'select', 'while', 'until'],
    ...['do', 'done', 'in', 'function', 'time', 'coproc', '{', '}', '!', '[[', ']]'],
    // builtins (bash's `compgen -b` and dash's)
    ...['.', ':', '[', 'alias', 'bg', 'bind', 'break', 'builtin', 'caller', 'cd', 'chdir'],
    ...['command', 'compgen', 'complete', 'compopt', 'continue', 'declare', 'dirs', 'disown'],
    ...['echo', 'enable', 'eval', 'exec', 'exit', 'export', 'false', 'fc', 'fg', 'getopts'],
    ...['hash', 'help', 'history', 'jobs', 'kill', 'let', 'local', 'logout', 'mapfile', 'popd'],
    ...['printf', 'pushd', 'pwd', 'read', 'readarray', 'readonly', 'return', 'set', 'shift'],
    ...['shopt', 'source', 'suspend', 'test', 'times', 'trap', 'true', 'type', 'typeset'],
    ...['ulimit', 'umask', 'unalias', 'unset', 'wait'],
]);
/** Reads the line as words and redirections; undefined at anything outside that grammar. */
function scan(line) {
    const words = [];
    const redirects = [];
    let i = 0;
    const at = (k) => line.charAt(k);
    const word = () => {
        const from = i;
        while (i < line.length && WORD_CHAR.test(at(i)))
            i++;
        return line.slice(from, i);
    };
    while (i < line.length) {
        if (BLANK.test(at(i))) {
            i++;
            continue;
        }
        const w = word();
        const c = at(i);
        if (c !== '<' && c !== '>') {
            if (w === '' || (i < line.length && !BLANK.test(c)))
                return undefined; // & or any other
            words.push(w);
            continue;
        }
        // A redirection, with the word before it as its fd when that word is a number (`2>`).
        let fd = c === '<' ? 0 : 1;
        if (/^[0-9]+$/.test(w))
            fd = Number(w);
        else if (w !== '')
            words.push(w);
        i++;
        let op = c === '<' ? 'read' : 'write';
        if (c === '>' && at(i) === '>')
            [op, i] = ['append', i + 1];
        else if (c === '>' && at(i) === '&')
            [op, i] = ['dup', i + 1];
        else if (c === '<' && /[<>&]/.test(at(i)))
            return undefined; // here-doc, <>, <&
        if (op !== 'dup')
            while (BLANK.test(at(i)))
                i++;
        const target = word();
        if (target === '' || (i < line.length && !/[\t <>]/.test(at(i))))
            return undefined;
        if (fd > 2 || (op === 'read') !== (fd === 0))
            return undefined;
        if (op === 'dup' && !/^[12]$/.test(target))
            return undefined; // >&-, >&file, &> ...
        redirects.push({ fd: fd, op, target });
    }
    return { words, redirects };
}
/**
 * The words and redirections of a command line that is one simple command the shell would only
 * split on blanks, redirect and exec, as GNU make decides before it skips /bin/sh; otherwise
 * undefined. Such a line consists of words of WORD_CHAR characters separated by blanks, and
 * redirections `<`, `>`, `>>` on fds 0–2 to such a word or `N>&M` between fds 1 and 2; its first
 * word is neither a builtin nor a reserved word and holds no `=` (`NAME=value cmd` is an
 * assignment). For these lines `-e` and `pipefail` change nothing: there is one command and its
 * status is the shell's. pwsh lines always go to pwsh.
 */
function simpleCommand(shell, command) {
    if (shell === 'pwsh')
        return undefined;
    const scanned = scan(command);
    const first = scanned?.words[0];
    if (first === undefined || SHELL_WORDS.has(first) || first.includes('='))
        return undefined;
    return { shell, ...scanned };
}
/** What a runner gets for one command line: the shell's argv and, when simple, its words. */
function commandArgv(shell, command) {
    const direct = simpleCommand(shell, command);
    return { argv: shellArgv(shell, command), ...(direct ? { direct } : {}) };
}

;// CONCATENATED MODULE: ./src/engine/engine.ts
















/** Larger files are not metrics a person reads in a table. */
const METRICS_LIMIT = 64 * 1024;
async function runPipeline(project, services, options) {
    return new PipelineRun(project, services, options).execute();
}
class PipelineRun {
    project;
    services;
    options;
    selected;
    selectedNames;
    resolutions = new Map();
    settled = new Map();
    restoring = new Map();
    slots;
    digests;
    running = new Set();
    images;
    stopReason;
    /** Aborted by stop(): running stages finish their attempt, but none retries. */
    windingDown = new AbortController();
    done = 0;
    /** The pipeline's plot definitions: a walk over every stage, so made once, not per stage. */
    plotDefinitions;
    constructor(project, services, options) {
        this.project = project;
        this.services = services;
        this.options = options;
        this.selected = (0,graph/* selectWithUpstream */.ic)(project.graph, options.targets);
        this.selectedNames = new Set(this.selected.map((s) => s.name));
        this.slots = new Semaphore(Math.max(1, options.jobs));
        this.digests = {
            workspace: services.workspace,
            files: new FileDigests(services.hasher),
            graph: project.graph,
            sha256: services.sha256,
        };
        this.images = new ImagePins(services.containers, services.emit);
        options.signal.addEventListener('abort', () => this.stop({ kind: 'interrupted' }), {
            once: true,
        });
    }
    async execute() {
        const started = this.services.now();
        for (const stage of this.selected)
            this.resolutions.set(stage.name, this.resolveSafely(stage));
        const resolutions = await Promise.all(this.selected.map((s) => this.resolutions.get(s.name)));
        const stages = resolutions.map((r) => r.report);
        return {
            ok: stages.every((s) => s.result !== 'failed' && s.result !== 'skipped'),
            interrupted: this.options.signal.aborted,
            stages,
            durationMs: this.services.now() - started,
        };
    }
    stop(reason) {
        this.stopReason ??= reason;
        this.windingDown.abort();
    }
    async resolveSafely(stage) {
        const started = this.services.now();
        let resolution;
        try {
            resolution = await this.resolve(stage);
        }
        catch (e) {
            const message = e instanceof DepProblem || e instanceof ports/* WorkspaceEscape */.JK || isExpectedFailure(e)
                ? e.message
                : internal(e);
            resolution = this.failed(stage, { status: 'stale', reasons: [], error: message, started });
            if (!this.options.keepGoing)
                this.stop({ kind: 'stage-failed', stage: stage.name });
        }
        this.settled.set(stage.name, resolution);
        this.done++;
        this.services.emit({ type: 'stage-end', report: resolution.report });
        this.services.emit({
            type: 'progress',
            done: this.done,
            total: this.selected.length,
            running: [...this.running],
        });
        return resolution;
    }
    upstreamEdges(stage) {
        return (this.project.graph.upstream.get(stage.name) ?? []).filter((e) => this.selectedNames.has(e.from));
    }
    async resolve(stage) {
        const started = this.services.now();
        const edges = this.upstreamEdges(stage);
        const upstream = await Promise.all(edges.map((e) => this.resolutions.get(e.from)));
        const broken = upstream.find((u) => !u.usable && !u.wouldRun);
        if (broken)
            return this.skipped(stage, {
                kind: 'upstream-unusable',
                stage: broken.report.name,
                result: broken.report.result,
            });
        const pending = upstream.filter((u) => u.wouldRun).map((u) => u.report.name);
        if (pending.length > 0) {
            return this.planned(stage, {
                status: 'stale',
                reasons: pending.map((n) => ({ kind: 'upstream-will-run', stage: n })),
            });
        }
        if (this.stopReason)
            return this.skipped(stage, { kind: 'not-started', cause: this.stopReason });
        const missing = this.project.missingInputs?.get(stage.name);
        if (missing && missing.length > 0 && !stage.frozen)
            return this.waitForInputs(stage, missing);
        for (let attempt = 0;; attempt++) {
            const fingerprint = await this.fingerprint(stage);
            const key = (0,core_fingerprint/* stageKey */.Ih)(fingerprint, this.services.sha256);
            const decision = await this.decide(stage, fingerprint, key);
            if (decision.kind === 'fresh') {
                return this.usable(stage, {
                    result: 'fresh',
                    status: 'fresh',
                    key,
                    reasons: decision.reasons,
                    outputs: decision.outputs,
                    started,
                    ...(decision.savedMs !== undefined ? { savedMs: decision.savedMs } : {}),
                    ...(decision.metrics ? { metrics: decision.metrics } : {}),
                    ...(decision.plots ? { plots: decision.plots } : {}),
                });
            }
            if (decision.kind === 'cached')
                return this.fromCache(stage, decision, started);
            if (this.options.mode === 'plan') {
                return {
                    ...this.planned(stage, { status: 'stale', reasons: decision.reasons, key }),
                    wouldRun: true,
                };
            }
            const inputsChanged = await this.bringInputs(stage, edges);
            if (inputsChanged && attempt < 2)
                continue;
            return this.runStage(stage, { fingerprint, key, reasons: decision.reasons, started });
        }
    }
    /** DVC data not pulled (or a param not there): stale in plan mode, a failure when running. */
    waitForInputs(stage, missing) {
        const reasons = [...missing];
        if (this.options.mode === 'plan')
            return { ...this.planned(stage, { status: 'stale', reasons }), wouldRun: true };
        if (!this.options.keepGoing)
            this.stop({ kind: 'stage-failed', stage: stage.name });
        return this.failed(stage, {
            status: 'stale',
            reasons,
            error: `cannot run: ${missing.map(missing_input/* renderMissingInput */.nN).join('; ')}`,
            started: this.services.now(),
        });
    }
    async fingerprint(stage) {
        const known = new Map();
        for (const edge of this.upstreamEdges(stage)) {
            for (const output of this.settled.get(edge.from)?.outputs ?? [])
                known.set(output.path, output);
        }
        const deps = {};
        for (const dep of stage.deps)
            deps[dep.path] = await depDigest(dep, known, this.digests, stage.excludes);
        return (0,core_fingerprint/* buildFingerprint */.LV)(stage, {
            deps,
            params: this.project.params.get(stage.name) ?? {},
            salt: this.options.salt,
            ...(stage.image !== undefined ? { image: await this.images.pin(stage.image) } : {}),
        });
    }
    async decide(stage, fingerprint, key) {
        const previous = await this.services.state.read(stage.name);
        if (stage.frozen)
            return this.decideFrozen(stage, previous);
        const forced = this.options.force.all || this.options.force.stages.includes(stage.name);
        if (forced)
            return { kind: 'run', reasons: [{ kind: 'forced' }] };
        if (stage.alwaysRun)
            return { kind: 'run', reasons: [{ kind: 'always-run' }] };
        let differences;
        if (previous?.key === key) {
            differences = await outputDifferences(stage, previous.outputs, this.digests);
            if (differences.length === 0)
                return {
                    kind: 'fresh',
                    outputs: previous.outputs,
                    reasons: [],
                    metrics: previous.metrics,
                    plots: previous.plots,
                };
        }
        const record = await this.lookup(stage.name, key);
        if (record) {
            const inWorkspace = differences ?? (await outputDifferences(stage, record.outputs, this.digests));
            if (inWorkspace.length === 0) {
                await this.services.state.write(record);
                return {
                    kind: 'fresh',
                    outputs: record.outputs,
                    reasons: [],
                    savedMs: record.durationMs,
                    metrics: record.metrics,
                    plots: record.plots,
                };
            }
            // The reason is the difference from the previous run: its inputs when they differ (the
            // outputs then differ as a consequence), else what happened to the outputs.
            const reasons = previous && previous.key !== key
                ? (0,core_reasons/* explainChange */.U)(fingerprint, previous.fingerprint)
                : inWorkspace;
            const restorable = stage.outs.every((o) => o.cache || !inWorkspace.some((d) => d.path === o.path));
            if (restorable)
                return { kind: 'cached', record, reasons };
            // Recorded, but an output that is never cached differs here: only running brings it back.
            return { kind: 'run', reasons };
        }
        if (differences)
            return { kind: 'run', reasons: differences };
        const baseline = previous ?? (await this.latest(stage.name));
        return { kind: 'run', reasons: (0,core_reasons/* explainChange */.U)(fingerprint, baseline?.fingerprint) };
    }
    async decideFrozen(stage, previous) {
        const { outputs, missing } = await recordOutputs(stage, this.digests);
        if (missing.length === 0)
            return { kind: 'fresh', outputs, reasons: [{ kind: 'frozen' }] };
        const record = previous ? await this.lookup(stage.name, previous.key) : undefined;
        if (record)
            return {
                kind: 'cached',
                record,
                reasons: [
                    { kind: 'frozen' },
                    ...missing.map((path) => ({ kind: 'output-missing', path })),
                ],
            };
        throw new DepProblem(`stage ${stage.name} is frozen but its outputs (${missing.join(', ')}) are neither in the workspace nor in the cache; set frozen: false to run it`);
    }
    async lookup(stage, key) {
        const cache = this.services.cache;
        if (!cache || !this.services.cacheAccess.read)
            return undefined;
        return cache.lookup(stage, key);
    }
    async latest(stage) {
        const cache = this.services.cache;
        if (!cache || !this.services.cacheAccess.read)
            return undefined;
        return cache.latest(stage);
    }
    /** Files under these paths were rewritten: drop remembered digests and listings. */
    forget(paths) {
        this.digests.files.forget(paths);
        this.services.workspace.invalidate(paths);
    }
    wantsRestore(stage) {
        return this.options.restore === 'all' || this.options.restore.includes(stage.name);
    }
    async fromCache(stage, decision, started) {
        const record = decision.record;
        const base = {
            status: 'cached',
            key: record.key,
            reasons: decision.reasons,
            outputs: record.outputs,
            started,
            savedMs: record.durationMs,
            ...(record.metrics ? { metrics: record.metrics } : {}),
            ...(record.plots ? { plots: record.plots } : {}),
        };
        if (this.options.mode === 'plan' || !this.wantsRestore(stage)) {
            const resolution = this.usable(stage, { ...base, result: 'fresh' });
            return { ...resolution, pendingRestore: record };
        }
        const restored = await this.restore(stage.name, record);
        if (restored.ok)
            return this.usable(stage, { ...base, result: 'restored', restoredBytes: restored.bytes });
        return this.runStage(stage, {
            fingerprint: record.fingerprint,
            key: record.key,
            reasons: [{ kind: 'cache-entry-unusable', detail: restored.reason }],
            started,
        });
    }
    async restore(stageName, record) {
        const cache = this.services.cache;
        if (!cache)
            return { ok: false, reason: 'no cache' };
        const outcome = await cache.restore(record);
        this.forget(record.outputs.map((o) => o.path));
        if (!outcome.ok) {
            this.services.emit({
                type: 'warning',
                message: `could not restore ${stageName} from the ${cache.name} cache: ${outcome.reason}; it will run instead`,
            });
            return outcome;
        }
        await this.services.state.write(record);
        return outcome;
    }
    /**
     * Restores the cached upstream outputs this stage reads. When a restore fails the upstream
     * stage runs instead; returns true if that changed outputs this stage's key was built from.
     */
    async bringInputs(stage, edges) {
        let changed = false;
        for (const edge of edges) {
            if (edge.kind !== 'dep')
                continue;
            const upstream = this.settled.get(edge.from);
            if (!upstream?.pendingRestore)
                continue;
            let pending = this.restoring.get(edge.from);
            if (!pending) {
                pending = this.restoreUpstream(edge.from, upstream);
                this.restoring.set(edge.from, pending);
            }
            if (await pending)
                changed = true;
        }
        return changed;
    }
    async restoreUpstream(name, upstream) {
        const record = upstream.pendingRestore;
        delete upstream.pendingRestore;
        const restored = await this.restore(name, record);
        if (restored.ok) {
            upstream.report = { ...upstream.report, result: 'restored', restoredBytes: restored.bytes };
            return false;
        }
        const stage = this.project.graph.byName.get(name);
        const rerun = await this.runStage(stage, {
            fingerprint: record.fingerprint,
            key: record.key,
            reasons: [{ kind: 'cache-entry-unusable', detail: restored.reason }],
            started: this.services.now(),
        });
        upstream.report = rerun.report;
        upstream.usable = rerun.usable;
        const before = JSON.stringify(record.outputs.map((o) => o.digest));
        upstream.outputs = rerun.outputs;
        return JSON.stringify((rerun.outputs ?? []).map((o) => o.digest)) !== before;
    }
    async runStage(stage, run) {
        await this.slots.acquire();
        try {
            if (this.stopReason)
                return this.skipped(stage, { kind: 'not-started', cause: this.stopReason });
            return await this.runCommands(stage, run);
        }
        finally {
            this.running.delete(stage.name);
            this.slots.release();
        }
    }
    async runCommands(stage, run) {
        const { emit } = this.services;
        const started = this.services.now();
        this.running.add(stage.name);
        emit({ type: 'stage-start', stage: stage.name, reasons: run.reasons });
        emit({
            type: 'progress',
            done: this.done,
            total: this.selected.length,
            running: [...this.running],
        });
        const persistRestored = await this.restorePersisted(stage);
        await this.clearOutputs(stage);
        const tail = new OutputTail();
        const ended = await runAttempts({
            stage: stage.name,
            runtime: stage.runtime,
            signal: this.options.signal,
            noMoreAttempts: this.windingDown.signal,
            emit,
            reset: () => this.clearOutputs(stage),
            attempt: (signal) => this.attempt(stage, signal, tail),
        });
        const attempt = ended.attempt.of > 1 ? { attempt: ended.attempt } : {};
        if (!ended.ok) {
            if (!this.options.keepGoing)
                this.stop({ kind: 'stage-failed', stage: stage.name });
            return this.failed(stage, {
                status: 'stale',
                reasons: run.reasons,
                key: run.key,
                failure: ended.failure,
                ...attempt,
                outputTail: tail.text(),
                started,
            });
        }
        const outputs = ended.value;
        // Interrupted after the command but before anything was recorded: record nothing (from here
        // on, recording and saving run without yielding to the signal handler).
        if (this.options.signal.aborted) {
            return this.failed(stage, {
                status: 'stale',
                reasons: run.reasons,
                key: run.key,
                failure: { kind: 'interrupted' },
                started,
            });
        }
        const durationMs = this.services.now() - started;
        const record = {
            version: 1,
            stage: stage.name,
            key: run.key,
            fingerprint: run.fingerprint,
            outputs,
            durationMs,
            createdAt: new Date(this.services.now()).toISOString(),
            ...(await this.readMetrics(stage)),
            ...(await readPlots(stage, outputs, {
                definitions: (this.plotDefinitions ??= (0,capture/* pipelinePlots */.P9)(this.project.pipeline)),
                workspace: this.services.workspace,
                emit: this.services.emit,
            })),
        };
        await this.services.state.write(record);
        const savedBytes = await this.save(record);
        return this.usable(stage, {
            result: 'ran',
            status: 'stale',
            key: run.key,
            reasons: run.reasons,
            outputs,
            started,
            ...(savedBytes !== undefined ? { savedBytes } : {}),
            ...(record.metrics ? { metrics: record.metrics } : {}),
            ...(record.plots ? { plots: record.plots } : {}),
            ...(persistRestored ? { persistRestored } : {}),
            ...attempt,
        });
    }
    /** Outputs are deleted before each attempt (unless persist): what a failed one wrote goes. */
    async clearOutputs(stage) {
        for (const out of stage.outs)
            if (!out.persist)
                await this.services.workspace.remove(out.path);
        this.forget(stage.outs.map((o) => o.path));
    }
    /** One attempt: the commands in sequence, then every declared output must exist. */
    async attempt(stage, signal, tail) {
        for (const command of stage.cmd) {
            const failure = await this.runCommand(stage, command, signal, tail);
            if (failure)
                return { ok: false, failure };
        }
        this.forget(stage.outs.map((o) => o.path));
        const { outputs, missing } = await recordOutputs(stage, this.digests);
        if (missing.length > 0)
            return { ok: false, failure: { kind: 'outputs-missing', paths: missing } };
        return { ok: true, value: outputs };
    }
    async runCommand(stage, command, signal, tail) {
        const { workspace, emit } = this.services;
        const spec = {
            argv: shellArgv(stage.shell, command),
            cwd: (0,core_paths/* joinPath */.uJ)(workspace.root, stage.wdir),
            // Runners only read it: with no stage env, the base environment as it is (no copy per command).
            env: hasKeys(stage.env) ? { ...this.services.baseEnv, ...stage.env } : this.services.baseEnv,
            signal,
            onOutput: (chunk, stream) => {
                tail.add(chunk);
                emit({ type: 'stage-output', stage: stage.name, chunk, stream });
            },
        };
        // The local runner may start a simple line without its shell (shell.ts); a container may not.
        if (stage.image === undefined)
            return describeFailure(await this.services.runner.run({ ...spec, ...commandArgv(stage.shell, command) }));
        const containers = this.services.containers;
        const result = containers
            ? await containers.run({
                ...spec,
                image: stage.image,
                mount: workspace.root,
                passEnv: Object.keys(stage.env),
                label: stage.name,
            })
            : { unavailable: 'no container runtime is configured' };
        if ('unavailable' in result)
            return {
                kind: 'container-unavailable',
                runtime: containers?.name ?? 'docker',
                image: stage.image,
                detail: result.unavailable,
            };
        return describeFailure(result);
    }
    async restorePersisted(stage) {
        const { workspace, emit } = this.services;
        const cache = this.services.cacheAccess.read ? this.services.cache : undefined;
        return restorePersisted(stage, {
            workspace,
            emit,
            forget: (paths) => this.forget(paths),
            ...(cache ? { cache } : {}),
        });
    }
    /** Metrics files are small: their parsed content rides along in the record. */
    async readMetrics(stage) {
        const files = stage.outs.filter((o) => o.metric);
        if (files.length === 0)
            return {};
        const metrics = {};
        for (const out of files) {
            const text = await this.services.workspace.readText(out.path);
            if (text === undefined)
                continue;
            if (text.length > METRICS_LIMIT) {
                this.services.emit({
                    type: 'warning',
                    message: `metrics file ${out.path} is over ${METRICS_LIMIT} bytes; it is not recorded`,
                });
                continue;
            }
            const parsed = await (0,source/* parseYaml */.hN)(out.path, text);
            if (parsed.ok)
                metrics[out.path] = parsed.value;
            else
                this.services.emit({
                    type: 'warning',
                    message: `metrics file ${out.path} is not valid JSON or YAML; it is not recorded`,
                });
        }
        return { metrics };
    }
    async save(record) {
        const cache = this.services.cache;
        if (!cache || !this.services.cacheAccess.write)
            return undefined;
        const outcome = await cache.save(record);
        if (outcome.ok)
            return outcome.bytes;
        if (outcome.reported)
            return undefined;
        this.services.emit({
            type: 'warning',
            message: `could not save ${record.stage} to the ${cache.name} cache: ${outcome.reason}`,
        });
        return undefined;
    }
    usable(stage, facts) {
        const { outputs, started, ...report } = facts;
        return {
            report: { name: stage.name, ...report, durationMs: this.services.now() - started },
            outputs,
            usable: true,
        };
    }
    planned(stage, facts) {
        return {
            report: { name: stage.name, result: 'skipped', ...facts, durationMs: 0 },
            usable: false,
            wouldRun: true,
        };
    }
    skipped(stage, reason) {
        return {
            report: {
                name: stage.name,
                result: 'skipped',
                status: 'stale',
                reasons: [reason],
                durationMs: 0,
            },
            usable: false,
        };
    }
    failed(stage, facts) {
        const { started, ...report } = facts;
        return {
            report: {
                name: stage.name,
                result: 'failed',
                ...report,
                durationMs: this.services.now() - started,
            },
            usable: false,
        };
    }
}
function describeFailure(result) {
    if (result.spawnError)
        return { kind: 'could-not-start', detail: result.spawnError };
    if (result.signal)
        return { kind: 'killed', signal: result.signal };
    if (result.exitCode !== 0)
        return { kind: 'exited', code: result.exitCode ?? -1 };
    return undefined;
}
/** Keeps the last lines a command printed, for failure messages and annotations. */
class OutputTail {
    buffer = '';
    add(chunk) {
        this.buffer = (this.buffer + chunk).slice(-8192);
    }
    text(lines = 20) {
        return this.buffer
            .split('\n')
            .slice(-lines - 1)
            .join('\n')
            .trimEnd();
    }
}
function hasKeys(object) {
    for (const _ in object)
        return true;
    return false;
}
function internal(e) {
    return `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}


/***/ }),

/***/ 9415:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dc: () => (/* reexport */ exit/* EXIT */.d),
  e8: () => (/* binding */ cacheDir),
  Ec: () => (/* binding */ openForCli),
  YQ: () => (/* binding */ projectRoot)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/core/format-diagnostic.ts
/**
 * Renders a diagnostic the way compilers do:
 *
 *   reprokit.yml:7:5: error: unknown key "dep" in stage "prepare"
 *      7 |     dep: [src/prepare.js]
 *        |     ^^^
 *     = hint: did you mean "deps"?
 */
function formatDiagnostic(diagnostic, locator) {
    const span = spanOf(diagnostic, locator);
    const where = span ? `${span.file}:${span.line}:${span.column}: ` : '';
    const lines = [`${where}${diagnostic.severity}: ${diagnostic.message}`];
    if (span)
        lines.push(...quote(span, locator));
    for (const related of diagnostic.related ?? []) {
        const relatedSpan = related.source ? locator.locate(related.source) : undefined;
        const at = relatedSpan ? `${relatedSpan.file}:${relatedSpan.line}:${relatedSpan.column}: ` : '';
        lines.push(`  ${at}${related.message}`);
        if (relatedSpan)
            lines.push(...quote(relatedSpan, locator).map((l) => '  ' + l));
    }
    if (diagnostic.hint)
        lines.push(`   = hint: ${diagnostic.hint.replace(/\n/g, '\n' + ' '.repeat(11))}`);
    return lines.join('\n');
}
function spanOf(diagnostic, locator) {
    if (diagnostic.span)
        return diagnostic.span;
    return diagnostic.source ? locator.locate(diagnostic.source) : undefined;
}
function quote(span, locator) {
    const text = locator.text(span.file);
    if (text === undefined)
        return [];
    const line = text.split('\n')[span.line - 1];
    if (line === undefined)
        return [];
    const gutter = String(span.line).padStart(5);
    const endColumn = span.endLine === span.line ? span.endColumn : line.length + 1;
    const width = Math.max(1, endColumn - span.column);
    return [
        `${gutter} | ${line.replace(/\r$/, '')}`,
        `${' '.repeat(gutter.length)} | ${' '.repeat(span.column - 1)}${'^'.repeat(width)}`,
    ];
}

// EXTERNAL MODULE: ./src/core/manifest/source.ts
var source = __webpack_require__(7796);
// EXTERNAL MODULE: ./src/core/result.ts
var result = __webpack_require__(9294);
// EXTERNAL MODULE: ./src/engine/engine.ts + 9 modules
var engine = __webpack_require__(2680);
// EXTERNAL MODULE: ./src/core/diagnostics.ts
var core_diagnostics = __webpack_require__(7135);
// EXTERNAL MODULE: ./src/core/graph.ts
var core_graph = __webpack_require__(2479);
// EXTERNAL MODULE: ./src/core/manifest/reprokit.ts + 4 modules
var reprokit = __webpack_require__(2197);
// EXTERNAL MODULE: ./src/core/params.ts
var params = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/ports.ts
var ports = __webpack_require__(6467);
;// CONCATENATED MODULE: ./src/engine/project.ts







const MANIFEST_CANDIDATES = ['reprokit.yml', 'reprokit.yaml', 'dvc.yaml'];
function isDvcManifest(file) {
    return file === 'dvc.yaml' || file.endsWith('/dvc.yaml');
}
/** dvc.yaml and its vars files keep `20.0` apart from `20`, as DVC's templating does. */
function parseOptionsFor(file) {
    return isDvcManifest(file) ? { floats: 'python' } : {};
}
/** Picks the manifest reader by file name: dvc.yaml gets DVC's semantics, anything else ours. */
function readerFor(file) {
    if (isDvcManifest(file))
        return readDvc;
    return reprokit/* readReprokitManifest */.st;
}
/**
 * DVC's reader (templating, foreach and matrix, vars files: 50 KB of bundled code) is loaded
 * only for a dvc.yaml: every command on a reprokit.yml project compiled it for nothing.
 */
const readDvc = async (file, doc, files) => {
    const { readDvcManifest } = await __webpack_require__.e(/* import() */ 472).then(__webpack_require__.bind(__webpack_require__, 2472));
    return readDvcManifest(file, doc, files);
};
/** Loaded, like the reader, only for a dvc.yaml. */
async function dvcMissingInputs(...args) {
    const loaded = await __webpack_require__.e(/* import() */ 998).then(__webpack_require__.bind(__webpack_require__, 7998));
    return loaded.missingInputs(...args);
}
/** Reads, validates and connects the pipeline; checks it against the workspace. */
async function loadProject(workspace, manifestFile) {
    const texts = new Map();
    const fail = async (diagnostics) => (0,result/* err */._)({ diagnostics, locator: await (0,source/* openLocator */.D1)(texts) });
    const text = await workspace.readText(manifestFile);
    if (text === undefined) {
        return fail([
            (0,core_diagnostics/* error */.z3)('no-manifest', `${manifestFile} not found in ${workspace.root}`, {
                hint: 'run reprokit in the project directory (or pass -C DIR / -f FILE), or create reprokit.yml: see docs/manifest.md',
            }),
        ]);
    }
    texts.set(manifestFile, text);
    const parsed = await (0,source/* parseYaml */.hN)(manifestFile, text, parseOptionsFor(manifestFile));
    if (!parsed.ok)
        return fail(parsed.error);
    const files = async (path) => {
        const found = await workspace.readText(path);
        if (found === undefined)
            return undefined;
        texts.set(path, found);
        const value = await (0,source/* parseYaml */.hN)(path, found, parseOptionsFor(manifestFile));
        return value.ok ? { ok: true, value: value.value } : { ok: false, diagnostics: value.error };
    };
    const pipeline = await readerFor(manifestFile)(manifestFile, parsed.value, files);
    if (!pipeline.ok)
        return fail(pipeline.error);
    const graph = (0,core_graph/* buildGraph */.ZG)(pipeline.value);
    if (!graph.ok)
        return fail(graph.error);
    const params = await readStageParams(workspace, pipeline.value, texts);
    const dvc = pipeline.value.format === 'dvc';
    // DVC projects: missing data and params make stages wait, they do not make the pipeline invalid.
    const missing = dvc
        ? await dvcMissingInputs(workspace, graph.value, params.files)
        : { byStage: new Map(), diagnostics: [] };
    const workspaceProblems = await checkWorkspace(workspace, graph.value, pipeline.value);
    const problems = [
        ...(pipeline.value.notices ?? []),
        ...params.diagnostics.map((d) => (dvc ? asWarning(d) : d)),
        // In a DVC project a missing dep is a reason on its stage (missingInputs), not an error.
        ...workspaceProblems.filter((d) => !(dvc && d.code === 'missing-dep')),
        ...missing.diagnostics,
    ];
    if (problems.some((d) => d.severity === 'error'))
        return fail(problems);
    return (0,result.ok)({
        pipeline: pipeline.value,
        graph: graph.value,
        texts,
        params: params.values,
        notices: problems,
        ...(dvc ? { missingInputs: missing.byStage } : {}),
    });
}
async function readStageParams(workspace, pipeline, texts) {
    const files = new Map();
    const diagnostics = [];
    const wanted = new Set(pipeline.stages.flatMap((s) => s.params.map((p) => p.file)));
    for (const file of wanted) {
        const text = await workspace.readText(file);
        if (text === undefined)
            continue;
        texts.set(file, text);
        const parsed = await (0,source/* parseYaml */.hN)(file, text);
        if (parsed.ok)
            files.set(file, parsed.value ?? {});
        else
            diagnostics.push(...parsed.error);
    }
    const values = new Map();
    for (const stage of pipeline.stages) {
        const selected = (0,params/* selectParams */.L6)(stage.params.filter((p) => files.has(p.file) || !texts.has(p.file)), files);
        values.set(stage.name, selected.values);
        diagnostics.push(...selected.diagnostics);
    }
    return { values, files, diagnostics: dedupe(diagnostics) };
}
function dedupe(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const id = `${d.message}@${JSON.stringify(d.source ?? d.span)}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}
/** Source deps must exist; nothing may reach outside the project through a symlink. */
async function checkWorkspace(workspace, graph, pipeline) {
    const diagnostics = [];
    const checked = new Map();
    const check = (path, holder, what) => {
        let pending = checked.get(path);
        if (!pending) {
            pending = existsInside(workspace, path, holder, what);
            checked.set(path, pending);
        }
        return pending;
    };
    const pendings = [];
    for (const stage of graph.order) {
        for (const dep of stage.deps) {
            if (dep.kind === 'glob') {
                pendings.push(checkSourceGlob(workspace, graph, stage, dep));
                continue;
            }
            if (graph.producers.overlapping(dep.path).length > 0)
                continue;
            pendings.push(check(dep.path, dep, `dep of stage "${stage.name}"`));
        }
    }
    for (const stage of graph.order) {
        for (const out of stage.outs) {
            try {
                workspace.assertInside(out.path);
            }
            catch (e) {
                if (!(e instanceof ports/* WorkspaceEscape */.JK))
                    throw e;
                diagnostics.push((0,core_diagnostics/* error */.z3)('outside-root', `output ${out.path} of stage "${stage.name}" would be written through ${e.path}, a symlink to ${e.target} outside the project`, {
                    source: out.source,
                    hint: 'outputs must be written inside the project: replace the symlink with a directory',
                }));
            }
        }
    }
    const targets = [pipeline.publish.pages, ...pipeline.publish.artifacts.flatMap((a) => a.paths)];
    for (const target of targets) {
        if (!target || graph.producers.overlapping(target.path).length > 0)
            continue;
        pendings.push(check(target.path, target, 'published path'));
    }
    for (const d of await Promise.all(pendings))
        if (d)
            diagnostics.push(d);
    return diagnostics;
}
/**
 * A glob that no stage can feed must match a file now, unless it is marked optional: a pattern
 * that silently matches nothing would leave the stage "fresh" whatever the user edits.
 */
async function checkSourceGlob(workspace, graph, stage, dep) {
    if (dep.optional || (0,core_graph/* producersOf */["do"])(dep, graph.producers).length > 0)
        return undefined;
    try {
        if ((await workspace.glob(dep.path)).length > 0)
            return undefined;
    }
    catch (e) {
        if (e instanceof ports/* WorkspaceEscape */.JK)
            return undefined; // reported when the stage hashes it
        throw e;
    }
    return (0,core_diagnostics/* error */.z3)('missing-dep', `glob "${dep.path}" of stage "${stage.name}" matches no files`, {
        source: dep.source,
        hint: `fix the pattern (relative to the stage wdir; see docs/manifest.md#globs), or write {path: '${dep.path}', optional: true} if matching nothing is expected`,
    });
}
async function existsInside(workspace, path, holder, what) {
    try {
        const info = await workspace.info(path);
        // Walking a directory now finds escaping symlinks before anything runs (the count is kept).
        if (info?.kind === 'dir')
            await workspace.countFiles(path);
        if (info)
            return undefined;
        return (0,core_diagnostics/* error */.z3)('missing-dep', `${path} does not exist and no stage produces it (${what})`, {
            source: holder.source,
            hint: 'create the file, fix the path (paths are relative to the stage wdir), or add the stage that writes it with this path in its outs',
        });
    }
    catch (e) {
        if (e instanceof ports/* SpecialFile */.eT) {
            return (0,core_diagnostics/* error */.z3)('not-a-file', `${e.message} (${what})`, {
                source: holder.source,
                hint: 'reprokit hashes what it reads: declare a regular file or a directory',
            });
        }
        if (e instanceof ports/* WorkspaceEscape */.JK) {
            return (0,core_diagnostics/* error */.z3)('outside-root', `${path} is a symlink to ${e.target}, outside the project (${what})`, {
                source: holder.source,
                hint: 'copy the data into the project, or declare the files inside it; reprokit never reads or writes outside the project',
            });
        }
        throw e;
    }
}
function asWarning(d) {
    return d.severity === 'error' ? { ...d, severity: 'warning' } : d;
}

// EXTERNAL MODULE: ./src/session/compose.ts + 3 modules
var compose = __webpack_require__(7505);
;// CONCATENATED MODULE: ./src/session/manifest.ts



/** The manifest a project uses: the one named, else the first of MANIFEST_CANDIDATES that exists. */
function findManifest(root, named) {
    return named ?? MANIFEST_CANDIDATES.find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f))) ?? 'reprokit.yml';
}

// EXTERNAL MODULE: ./src/session/run-log.ts
var run_log = __webpack_require__(5738);
// EXTERNAL MODULE: ./src/session/run-options.ts
var run_options = __webpack_require__(3454);
// EXTERNAL MODULE: ./src/session/stages.ts + 1 modules
var stages = __webpack_require__(1202);
;// CONCATENATED MODULE: ./src/session/session.ts








async function openSession(setup) {
    const manifest = findManifest(setup.root, setup.manifest);
    const local = (0,compose/* localServices */.c)(setup);
    const loaded = await loadProject(local.workspace, manifest);
    if (!loaded.ok) {
        local.flush();
        return (0,result/* err */._)({ kind: 'invalid-manifest', manifest, ...loaded.error });
    }
    const project = loaded.value;
    const unknown = (0,stages/* unknownStage */.pE)(project, setup.stages ?? []);
    if (unknown) {
        local.flush();
        return (0,result/* err */._)(unknown);
    }
    const services = setup.decorate ? await setup.decorate(local.services, project) : local.services;
    const quiet = { ...services, emit: () => undefined };
    const expand = (request) => ({
        ...request,
        targets: (0,stages/* expandStageNames */.B9)(project, request.targets ?? []),
        force: (0,stages/* expandStageNames */.B9)(project, request.force ?? []),
    });
    return (0,result.ok)({
        root: setup.root,
        manifest,
        project,
        services,
        workspace: local.workspace,
        cacheDir: local.cacheDir,
        plan: (request, options) => (0,engine/* runPipeline */.a)(project, options?.events ? services : quiet, (0,run_options/* runOptions */.K)(expand(request), 'plan')),
        run: async (request) => {
            const report = await (0,engine/* runPipeline */.a)(project, services, (0,run_options/* runOptions */.K)(expand(request), 'run'));
            if (setup.runLog !== 'off')
                (0,run_log/* appendRunLog */.Oo)(setup.root, report, new Date(local.services.now()));
            return report;
        },
        close: () => local.flush(),
    });
}
/** Errors among the diagnostics of an invalid manifest (the rest are notices). */
function errorCount(failure) {
    return failure.diagnostics.filter((d) => d.severity === 'error').length;
}

// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
// EXTERNAL MODULE: ./src/entry/cli/remote.ts + 3 modules
var remote = __webpack_require__(7359);
// EXTERNAL MODULE: ./src/entry/cli/exit.ts
var exit = __webpack_require__(5093);
;// CONCATENATED MODULE: ./src/entry/cli/context.ts










/** The project directory (`-C`), or undefined after saying it does not exist. */
function projectRoot(args, io) {
    const root = (0,external_node_path_.resolve)(io.cwd, (0,spec/* text */.Qq)(args, 'directory') ?? '.');
    if ((0,external_node_fs_.existsSync)(root))
        return root;
    io.stderr.write(`reprokit: directory ${root} does not exist\n`);
    return undefined;
}
/** The local cache directory: --cache-dir, else REPROKIT_CACHE_DIR, else the default. */
function cacheDir(args, io) {
    const dir = (0,spec/* text */.Qq)(args, 'cache-dir') ?? io.env.REPROKIT_CACHE_DIR;
    return dir ? { cacheDir: (0,external_node_path_.resolve)(io.cwd, dir) } : {};
}
/**
 * Opens the session for a command that needs the project; on an invalid manifest or an unknown
 * stage name prints why and returns the exit code instead.
 */
async function openForCli(args, io, setup) {
    const root = projectRoot(args, io);
    if (root === undefined)
        return exit/* EXIT */.d.usage;
    const manifest = (0,spec/* text */.Qq)(args, 'manifest');
    const { remote: remoteChoice, ...rest } = setup;
    // The remote cache is chosen once the manifest is read (its cache.remote is one source).
    let remoteError;
    const decorate = async (services, project) => {
        if (remoteChoice === 'none')
            return services;
        const opened = await (0,remote/* cliRemote */.t$)((0,remote/* remoteArgs */.U_)(args), io, project, root);
        if (!opened.ok) {
            remoteError = opened.error;
            return services;
        }
        return (0,remote/* withRemote */.T4)(services, opened.remote, io);
    };
    const opened = await openSession({
        root,
        env: io.env,
        ...(manifest !== undefined ? { manifest } : {}),
        ...cacheDir(args, io),
        decorate,
        ...rest,
    });
    if (opened.ok && remoteError !== undefined) {
        opened.value.close();
        io.stderr.write(`reprokit: ${remoteError}\n`);
        return exit/* EXIT */.d.usage;
    }
    if (opened.ok) {
        const project = opened.value.project;
        // Positions are worked out only when there is a notice to show (see openLocator).
        if (project.notices.length > 0) {
            const locator = await (0,source/* openLocator */.D1)(project.texts);
            for (const d of project.notices)
                io.stderr.write(formatDiagnostic(d, locator) + '\n');
        }
        return opened.value;
    }
    const failure = opened.error;
    if (failure.kind === 'unknown-stage') {
        io.stderr.write(`reprokit: ${(0,stages/* describeUnknownStage */.SS)(failure)}\n`);
        return exit/* EXIT */.d.usage;
    }
    for (const d of failure.diagnostics)
        io.stderr.write(formatDiagnostic(d, failure.locator) + '\n\n');
    io.stderr.write(`reprokit: ${errorsByFile(failure)}; nothing was run\n`);
    return exit/* EXIT */.d.usage;
}
/** "params.yaml has 1 error": the files the errors are in (a params file, not only the manifest). */
function errorsByFile(failure) {
    const counts = new Map();
    for (const d of failure.diagnostics) {
        if (d.severity !== 'error')
            continue;
        const file = spanOf(d, failure.locator)?.file ?? failure.manifest;
        counts.set(file, (counts.get(file) ?? 0) + 1);
    }
    if (counts.size === 0)
        counts.set(failure.manifest, errorCount(failure));
    return [...counts].map(([file, n]) => `${file} has ${n} error${n === 1 ? '' : 's'}`).join(', ');
}


/***/ }),

/***/ 7359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t$: () => (/* binding */ cliRemote),
  U_: () => (/* binding */ remoteArgs),
  T4: () => (/* binding */ withRemote)
});

;// CONCATENATED MODULE: ./src/adapters/layered/layered-cache.ts
/**
 * Several caches as one, nearest first (local → remote on a laptop, Actions cache → remote in
 * CI). Lookups ask each layer in order; a restore comes from the first layer that can deliver
 * every object, and the layers nearer than it are filled from the restored files, so the next
 * run finds them close by. Saves go to every writable layer. A layer that fails only costs
 * what it would have saved: each layer reports its own trouble (once).
 */
class LayeredCache {
    layers;
    warn;
    name;
    constructor(layers, warn) {
        this.layers = layers;
        this.warn = warn;
        this.name = layers.map((l) => l.cache.name).join(' → ');
    }
    async lookup(stage, key) {
        for (const layer of this.layers) {
            const found = await this.safely(layer, () => layer.cache.lookup(stage, key));
            if (found)
                return found;
        }
        return undefined;
    }
    async latest(stage) {
        let newest;
        for (const layer of this.layers) {
            const found = await this.safely(layer, () => layer.cache.latest(stage));
            if (found && (!newest || found.createdAt > newest.createdAt))
                newest = found;
        }
        return newest;
    }
    async restore(record) {
        const reasons = [];
        for (const [index, layer] of this.layers.entries()) {
            // A layer without the record's entry may still hold its objects (content addressing), but
            // asking costs a download attempt; only layers that know the key are tried.
            if (index > 0 &&
                !(await this.safely(layer, () => layer.cache.lookup(record.stage, record.key))))
                continue;
            const outcome = await this.safely(layer, () => layer.cache.restore(record));
            if (outcome?.ok) {
                await this.backfill(record, this.layers.slice(0, index));
                return outcome;
            }
            reasons.push(`${layer.cache.name}: ${outcome?.reason ?? 'failed'}`);
        }
        return { ok: false, reason: reasons.join('; ') || 'no layer holds this entry' };
    }
    async save(record) {
        const outcomes = [];
        for (const layer of this.layers.filter((l) => l.write)) {
            const outcome = await this.safely(layer, () => layer.cache.save(record));
            outcomes.push(outcome ?? { ok: false, reason: 'failed', reported: true });
        }
        const saved = outcomes.filter((o) => o.ok);
        if (saved.length > 0)
            return { ok: true, bytes: Math.max(...saved.map((o) => o.bytes)) };
        const failed = outcomes.filter((o) => !o.ok);
        if (failed.length === 0)
            return { ok: false, reason: 'no cache layer is writable', reported: true };
        return {
            ok: false,
            reason: failed.map((f) => f.reason).join('; '),
            reported: failed.every((f) => f.reported === true),
        };
    }
    /** The workspace now holds the record's outputs: store them in the nearer writable layers. */
    async backfill(record, nearer) {
        for (const layer of nearer.filter((l) => l.write)) {
            const outcome = await this.safely(layer, () => layer.cache.save(record));
            if (outcome && !outcome.ok && !outcome.reported)
                this.warn(`could not keep ${record.stage} in the ${layer.cache.name} cache: ${outcome.reason}`);
        }
    }
    /** Caches promise never to throw; one that does anyway is a bug there, not a failed build. */
    async safely(layer, operation) {
        try {
            return await operation();
        }
        catch (e) {
            this.warn(`the ${layer.cache.name} cache failed: ${e.message}`);
            return undefined;
        }
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/remote-url.ts
var remote_url = __webpack_require__(9237);
;// CONCATENATED MODULE: ./src/adapters/remote/remote-settings.ts


/**
 * Which remote to use, first found wins: the command line (or action input), the REPROKIT_REMOTE
 * variable, the manifest's `cache.remote`. `REPROKIT_REMOTE=none` (or `--remote none`) turns a
 * manifest's remote off. Writing is on unless asked off or the run is a fork's pull request.
 */
function resolveRemote(request) {
    const url = [request.url, request.env['REPROKIT_REMOTE'], request.manifest?.remote].find((u) => u !== undefined && u.trim() !== '');
    if (url === undefined || url.trim() === 'none')
        return { ok: true, value: undefined };
    const parsed = (0,remote_url/* parseRemoteUrl */.J)(url);
    if (!parsed.ok)
        return parsed;
    const writeEnv = parseSwitch(request.env['REPROKIT_REMOTE_WRITE']);
    if (writeEnv === 'invalid')
        return { ok: false, error: 'REPROKIT_REMOTE_WRITE must be true or false' };
    const asked = request.write ?? writeEnv;
    const write = asked ?? !request.forkPullRequest;
    const endpoint = request.endpoint ?? request.manifest?.endpoint;
    return {
        ok: true,
        value: {
            location: parsed.value,
            ...(endpoint ? { endpoint } : {}),
            ...(request.manifest?.region ? { region: request.manifest.region } : {}),
            write,
            // Worth a warning only when the user did not ask for it.
            ...(!write && asked === undefined
                ? { readOnlyBecause: 'this is a pull request from a fork (remote-write: true overrides)' }
                : {}),
        },
    };
}
function parseSwitch(value) {
    if (value === undefined || value.trim() === '')
        return undefined;
    if (/^(1|true|yes|on)$/i.test(value.trim()))
        return true;
    if (/^(0|false|no|off)$/i.test(value.trim()))
        return false;
    return 'invalid';
}
/**
 * From the GitHub event payload (GITHUB_EVENT_PATH): a pull request whose head lives in
 * another repository. Anything unreadable counts as "not a fork": the credentials decide then.
 */
function isForkPullRequest(env, readEvent) {
    const name = env['GITHUB_EVENT_NAME'];
    if (name !== 'pull_request' && name !== 'pull_request_target')
        return false;
    const path = env['GITHUB_EVENT_PATH'];
    const text = path ? readEvent(path) : undefined;
    if (!text)
        return false;
    try {
        const event = JSON.parse(text);
        const head = event.pull_request?.head?.repo;
        const base = event.pull_request?.base?.repo;
        if (head === null)
            return true; // the fork was deleted
        if (!head || !base)
            return false;
        return head.fork === true || head.full_name !== base.full_name;
    }
    catch {
        return false;
    }
}
/** Reads the event payload for fork detection; a missing file is no event. */
function readEventFile(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/session/remote-compose.ts


/**
 * The remote cache a run uses (CLI and action alike), or none; a bad URL is bad input. The S3
 * client (1.8 MB of bundled SDK) is loaded only when there is a remote: compiling it cost every
 * command 100–200 ms of start-up.
 */
async function chooseRemote(choice) {
    const resolved = resolveRemote({
        ...(choice.url !== undefined ? { url: choice.url } : {}),
        ...(choice.write !== undefined ? { write: choice.write } : {}),
        ...(choice.endpoint !== undefined ? { endpoint: choice.endpoint } : {}),
        ...(choice.project.pipeline.cache ? { manifest: choice.project.pipeline.cache } : {}),
        env: choice.env,
        forkPullRequest: isForkPullRequest(choice.env, readEventFile),
    });
    if (!resolved.ok)
        return resolved;
    if (!resolved.value)
        return { ok: true, remote: undefined };
    const { openRemote } = await Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(358), __webpack_require__.e(788)]).then(__webpack_require__.bind(__webpack_require__, 5407));
    return {
        ok: true,
        remote: openRemote({
            settings: resolved.value,
            root: choice.root,
            env: choice.env,
            warn: choice.warn,
            ...(choice.onTransfer ? { onTransfer: choice.onTransfer } : {}),
        }),
    };
}
/**
 * The services with the remote behind the cache they have (local on a laptop, the Actions cache
 * in CI); the remote alone when there is no other cache (e.g. the Actions cache is unavailable).
 */
function layerRemote(services, remote, warn) {
    if (!remote)
        return services;
    if (!services.cache)
        return { ...services, cache: remote };
    const cache = new LayeredCache([
        { cache: services.cache, write: true },
        { cache: remote, write: remote.writable },
    ], warn);
    return { ...services, cache };
}

// EXTERNAL MODULE: ./src/entry/cli/spec.ts
var spec = __webpack_require__(8462);
;// CONCATENATED MODULE: ./src/entry/cli/remote.ts


function remoteArgs(args) {
    const remote = (0,spec/* text */.Qq)(args, 'remote');
    const endpoint = (0,spec/* text */.Qq)(args, 'remote-endpoint');
    const keepDays = (0,spec/* count */.U9)(args, 'keep-days');
    const write = (0,spec/* flag */.Jt)(args, 'no-remote-write')
        ? false
        : (0,spec/* flag */.Jt)(args, 'remote-write')
            ? true
            : undefined;
    return {
        command: args.command,
        noCache: (0,spec/* flag */.Jt)(args, 'no-cache'),
        ...(remote !== undefined ? { remote } : {}),
        ...(write !== undefined ? { remoteWrite: write } : {}),
        ...(endpoint !== undefined ? { remoteEndpoint: endpoint } : {}),
        gcDelete: (0,spec/* flag */.Jt)(args, 'delete'),
        ...(keepDays !== undefined ? { keepDays } : {}),
        stages: args.operands,
    };
}
const warner = (io) => (message) => io.stderr.write(`reprokit: warning: ${message}\n`);
/** The remote cache this command uses, from --remote, REPROKIT_REMOTE or the manifest. */
function cliRemote(args, io, project, root, onTransfer) {
    if (args.noCache)
        return Promise.resolve({ ok: true, remote: undefined });
    return chooseRemote({
        ...(args.remote !== undefined ? { url: args.remote } : {}),
        ...(args.remoteWrite !== undefined ? { write: args.remoteWrite } : {}),
        ...(args.remoteEndpoint !== undefined ? { endpoint: args.remoteEndpoint } : {}),
        project,
        root,
        env: io.env,
        warn: warner(io),
        ...(onTransfer ? { onTransfer } : {}),
    });
}
/** The services with the remote behind the local cache. */
function withRemote(services, remote, io) {
    return layerRemote(services, remote, warner(io));
}


/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $6: () => (/* binding */ RecordWriteFailure),
/* harmony export */   JK: () => (/* binding */ WorkspaceEscape),
/* harmony export */   eT: () => (/* binding */ SpecialFile)
/* harmony export */ });
class WorkspaceEscape extends Error {
    path;
    target;
    constructor(path, target) {
        super(`${path} is a symlink to ${target}, outside the project`);
        this.path = path;
        this.target = target;
    }
}
/** A path that exists but is neither a regular file nor a directory (a FIFO, socket or device). */
class SpecialFile extends Error {
    path;
    kind;
    constructor(path, kind) {
        super(`${path} is a ${kind}, not a file`);
        this.path = path;
        this.kind = kind;
    }
}
/**
 * Writing reprokit's own record of a result failed (disk full, read-only directory): an
 * expected failure of the environment, reported with the path and the cause, never a crash.
 */
class RecordWriteFailure extends Error {
    path;
    reason;
    constructor(path, reason) {
        super(`could not record the result in ${path}: ${reason}`);
        this.path = path;
        this.reason = reason;
    }
}


/***/ }),

/***/ 5991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ bestEffort)
/* harmony export */ });
/**
 * Runs steps whose only purpose is speed next time. A full disk or a read-only `.reprokit/`
 * must not fail a run that succeeded: each failure becomes one warning, and the rest go on.
 * (Its own module: the CLI's no-op fast path uses it and must not load the adapters.)
 */
function bestEffort(steps) {
    const warnings = [];
    for (const [what, step] of steps) {
        try {
            step();
        }
        catch (e) {
            warnings.push(`could not save ${what}: ${e.message}; reprokit goes on (the next run may do more work)`);
        }
    }
    return warnings;
}


/***/ }),

/***/ 7505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ STATE_DIR),
  c: () => (/* binding */ localServices)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./src/adapters/container/docker.ts

/** Digest references are already pinned: nothing to ask docker. */
const DIGEST_REF = /@sha256:[a-f0-9]{64}$/;
/**
 * Runs stage commands with `docker run`. The client runs as the stage's process (so the
 * process-group TERM/KILL of a stop or timeout reaches it and, through its signal proxy and
 * `--init`, the command in the container); after a stop it also `docker kill`s the container
 * by the name given to it, since a client killed with SIGKILL leaves the container running.
 */
class DockerRuntime {
    setup;
    name = 'docker';
    serial = 0;
    constructor(setup) {
        this.setup = setup;
    }
    get command() {
        return this.setup.command ?? 'docker';
    }
    async pin(image) {
        if (DIGEST_REF.test(image))
            return { kind: 'digest', ref: image };
        // RepoDigests: the registry digest of a pulled image; a locally built one has only its Id.
        const format = '{{if .RepoDigests}}{{index .RepoDigests 0}}{{else}}{{.Id}}{{end}}';
        const inspected = await this.call(['image', 'inspect', '--format', format, image]);
        if (inspected.spawnError)
            return { kind: 'as-written', ref: image, why: 'no-docker' };
        const answer = inspected.stdout.trim().split('\n')[0]?.trim() ?? '';
        if (inspected.code !== 0 || answer === '')
            return { kind: 'as-written', ref: image, why: 'not-pulled' };
        if (answer.startsWith('sha256:'))
            return { kind: 'digest', ref: `${image}@${answer}` };
        return { kind: 'digest', ref: answer };
    }
    async run(spec) {
        const name = `reprokit-${spec.label.replace(/[^A-Za-z0-9_.-]/g, '_')}-${process.pid}-${++this.serial}`;
        const user = this.setup.user ? ['--user', `${this.setup.user.uid}:${this.setup.user.gid}`] : [];
        const argv = [
            this.command,
            'run',
            '--rm',
            '--init',
            '--name',
            name,
            '--volume',
            `${spec.mount}:${spec.mount}`,
            '--workdir',
            spec.cwd,
            ...user,
            // By name only: docker reads each value from its own environment, so values never appear
            // on a command line (ps, logs) and are never parsed by a shell.
            ...spec.passEnv.flatMap((variable) => ['-e', variable]),
            spec.image,
            ...spec.argv,
        ];
        const result = await this.setup.runner.run({ ...spec, argv });
        if (result.spawnError)
            return { unavailable: unavailableText(this.command, result.spawnError) };
        if (spec.signal.aborted)
            await this.call(['kill', name]);
        return result;
    }
    /** A short docker call; never throws (a missing client is `spawnError`). */
    call(args) {
        return new Promise((resolve) => {
            let stdout = '';
            const child = (0,external_node_child_process_.spawn)(this.command, args, {
                env: this.setup.env,
                stdio: ['ignore', 'pipe', 'ignore'],
            });
            child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
            child.on('error', (e) => resolve({ code: null, stdout, spawnError: e.message }));
            child.on('close', (code) => resolve({ code, stdout }));
        });
    }
}
function unavailableText(command, spawnError) {
    return /ENOENT/.test(spawnError)
        ? `\`${command}\` was not found on PATH`
        : `\`${command}\` could not start (${spawnError})`;
}

// EXTERNAL MODULE: ./src/adapters/hashing/file-hasher.ts + 4 modules
var file_hasher = __webpack_require__(742);
// EXTERNAL MODULE: ./src/adapters/local/local-cache.ts
var local_cache = __webpack_require__(9008);
// EXTERNAL MODULE: ./src/adapters/local/node-workspace.ts
var node_workspace = __webpack_require__(5390);
// EXTERNAL MODULE: ./src/adapters/local/process-runner.ts + 2 modules
var process_runner = __webpack_require__(8000);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./src/adapters/hashing/stat-cache.ts



const MAGIC = 'RKSTAT02';
/** Stats are stored in this machine's byte order, which the header records. */
const NATIVE_LE = (0,external_node_os_.endianness)() === 'LE';
const BYTE_ORDER = 0x01020304;
/** Beyond this many entries, a save keeps only the ones this run used. */
const MAX_ENTRIES = 1_000_000;
/**
 * Remembers the digest of a file while its size, mtime, ctime and inode stay the same, so an
 * unchanged file is not read again. It only saves work: mtime never decides freshness, since
 * any change to these facts means the file is hashed again (and `touch` then finds it unchanged).
 *
 * Kept in columns (typed arrays) and stored as one binary file: loading 100,000 entries is one
 * read, one string split and one Map, with no JSON and no per-entry objects (docs/performance.md).
 * The comparison itself happens where the file is stat'ed (the hashing kernel): `expectation`
 * copies the remembered stat into the kernel's job.
 */
class StatCache {
    file;
    index = new Map();
    /**
     * Entries from `indexed` on are not in `index` yet: a first run remembers 100,000 files and
     * saves them, and a Map insertion per file was a tenth of that (issue 17). Any lookup files
     * them first.
     */
    indexed = 0;
    /** Entries appended so far: a caller that saw -1 from `find` at this count may skip asking again. */
    appended = 0;
    paths = [];
    /** [size, mtime ns, ctime ns, inode] per entry */
    stats = new BigUint64Array(0);
    statBytes = new Uint8Array(0);
    digests = new Uint8Array(0);
    live = new Uint8Array(0);
    used = new Uint8Array(0);
    count = 0;
    dirty = false;
    constructor(file) {
        this.file = file;
    }
    static load(file) {
        const cache = new StatCache(file);
        try {
            cache.decode((0,external_node_fs_.readFileSync)(file));
        }
        catch {
            // missing, unreadable or another format: start empty, it is only an optimisation
            cache.clear();
        }
        return cache;
    }
    static inMemory() {
        return new StatCache(undefined);
    }
    get size() {
        this.fileNew();
        return this.index.size;
    }
    /** Changes whenever an entry is appended (see `remember`'s `absent`). */
    get stamp() {
        return this.appended;
    }
    /** The entry of a path, or -1. */
    find(path) {
        // A first run asks about every file: no string hashing while nothing is remembered.
        if (this.index.size === 0 && this.indexed === this.count)
            return -1;
        this.fileNew();
        return this.index.get(path) ?? -1;
    }
    /** Copies the remembered [size, mtime ns, ctime ns, inode] of `entry` into `into[offset..]`. */
    expectation(entry, into, offset) {
        // Four u64 copied as bytes: no BigInt is created.
        const to = new Uint8Array(into.buffer, into.byteOffset + 8 * offset, 32);
        const from = this.statBytes;
        for (let k = 0, o = 32 * entry; k < 32; k++)
            to[k] = from[o + k];
        this.used[entry] = 1;
    }
    /** The remembered digest (hex) of an entry. */
    digest(entry) {
        return Buffer.from(this.digests.buffer, this.digests.byteOffset + 32 * entry, 32).toString('hex');
    }
    /**
     * Remembers digest `digest[at..at+32]` for the stat in `stat[statAt..statAt+32]`: [size,
     * mtime ns, ctime ns, inode] as native u64 (a byte view of the kernel's column). `entry` is
     * `find(path)`; `absent` says the caller knows the path is still not remembered (`find` said
     * -1, `stamp` has not changed since but by the caller's own appends of other paths).
     * The caller must not pass a file that changed less than a second ago (the hashing kernel
     * flags those RECENT): `forget` it instead.
     */
    remember(path, entry, stat, statAt, digest, at, absent = false) {
        // `find` said no, but a concurrent batch may have added the path since.
        if (entry < 0 && !absent)
            entry = this.find(path);
        if (entry < 0) {
            entry = this.count++;
            this.appended++;
            this.reserve(this.count);
            this.paths[entry] = path; // filed in `index` when someone looks (fileNew)
            this.live[entry] = 1;
        }
        // Byte copies: no BigInt and no view allocated per file.
        const to = this.statBytes;
        for (let k = 0, o = 32 * entry; k < 32; k++)
            to[o + k] = stat[statAt + k];
        const digests = this.digests;
        for (let k = 0, o = 32 * entry; k < 32; k++)
            digests[o + k] = digest[at + k];
        this.used[entry] = 1;
        this.dirty = true;
    }
    /** Drops what is remembered about a path (it changed too recently to be remembered). */
    forget(path) {
        this.fileNew();
        const entry = this.index.get(path);
        if (entry === undefined)
            return;
        this.index.delete(path);
        this.live[entry] = 0;
        this.dirty = true;
    }
    save() {
        if (!this.file || !this.dirty)
            return;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.file), { recursive: true });
        const tmp = `${this.file}.${process.pid}.tmp`;
        try {
            (0,external_node_fs_.writeFileSync)(tmp, this.encode());
            (0,external_node_fs_.renameSync)(tmp, this.file);
        }
        catch (e) {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            throw e;
        }
        this.dirty = false;
    }
    /** Files the entries appended since the last lookup in `index`. */
    fileNew() {
        for (let e = this.indexed; e < this.count; e++) {
            if (!this.live[e])
                continue;
            const path = this.paths[e];
            // Appending checks `find` first, so a path appears once; should it not, the later wins.
            const before = this.index.get(path);
            if (before !== undefined)
                this.live[before] = 0;
            this.index.set(path, e);
        }
        this.indexed = this.count;
    }
    clear() {
        this.index.clear();
        this.indexed = 0;
        this.paths = [];
        this.count = 0;
        this.reserve(0);
    }
    reserve(wanted) {
        if (wanted <= this.live.length && this.live.length > 0)
            return;
        const capacity = Math.max(1024, wanted, this.live.length * 2);
        const grow = (old, make, k) => {
            const next = make(capacity * k);
            next.set(old);
            return next;
        };
        this.stats = grow(this.stats, (n) => new BigUint64Array(n), 4);
        this.statBytes = new Uint8Array(this.stats.buffer);
        this.digests = grow(this.digests, (n) => new Uint8Array(n), 32);
        this.live = grow(this.live, (n) => new Uint8Array(n), 1);
        this.used = grow(this.used, (n) => new Uint8Array(n), 1);
    }
    /**
     * MAGIC, u32 byte order, u32 count, u32 bytes of paths; the paths (UTF-8, NUL-separated),
     * zero padding to 8; count × 4 u64 stats (native byte order); count × 32 digest bytes.
     */
    encode() {
        // Unfiled entries are live and distinct (see remember): no need to file them to count.
        const live = this.index.size + (this.count - this.indexed);
        if (live !== this.count || this.count > MAX_ENTRIES)
            this.compact();
        const count = this.count;
        const paths = Buffer.from(this.paths.slice(0, count).join('\0'), 'utf8');
        const head = 8 + 12;
        const statsAt = align8(head + paths.length);
        const digestsAt = statsAt + 32 * count;
        const out = Buffer.alloc(digestsAt + 32 * count);
        out.write(MAGIC, 0, 'latin1');
        const view = new DataView(out.buffer, out.byteOffset, out.length);
        view.setUint32(8, BYTE_ORDER, NATIVE_LE);
        view.setUint32(12, count, true);
        view.setUint32(16, paths.length, true);
        paths.copy(out, head);
        out.set(new Uint8Array(this.stats.buffer, 0, 32 * count), statsAt);
        out.set(this.digests.subarray(0, 32 * count), digestsAt);
        return out;
    }
    /** Removes forgotten entries (and, above MAX_ENTRIES, the ones this run did not use). */
    compact() {
        this.fileNew();
        const over = this.index.size > MAX_ENTRIES;
        let k = 0;
        for (let e = 0; e < this.count; e++) {
            if (!this.live[e] || (over && !this.used[e])) {
                if (this.live[e])
                    this.index.delete(this.paths[e]);
                continue;
            }
            if (k !== e) {
                this.paths[k] = this.paths[e];
                this.index.set(this.paths[k], k);
                this.stats.copyWithin(4 * k, 4 * e, 4 * e + 4);
                this.digests.copyWithin(32 * k, 32 * e, 32 * e + 32);
                this.used[k] = this.used[e];
            }
            this.live[k] = 1;
            k++;
        }
        this.live.fill(0, k, this.count);
        this.paths.length = k;
        this.count = k;
    }
    decode(data) {
        if (data.length < 20 || data.toString('latin1', 0, 8) !== MAGIC)
            throw new Error('format');
        const view = new DataView(data.buffer, data.byteOffset, data.length);
        // The file stays on this machine; a copy from another byte order is just ignored.
        if (view.getUint32(8, NATIVE_LE) !== BYTE_ORDER)
            throw new Error('byte order');
        const count = view.getUint32(12, true);
        const pathBytes = view.getUint32(16, true);
        const statsAt = align8(20 + pathBytes);
        const digestsAt = statsAt + 32 * count;
        if (data.length !== digestsAt + 32 * count)
            throw new Error('truncated');
        this.paths = count === 0 ? [] : data.toString('utf8', 20, 20 + pathBytes).split('\0');
        if (this.paths.length !== count)
            throw new Error('paths');
        this.count = count;
        this.reserve(count);
        // Copy out of the file buffer (which need not be 8-byte aligned).
        const raw = new Uint8Array(this.stats.buffer, 0, 32 * count);
        raw.set(data.subarray(statsAt, statsAt + 32 * count));
        this.digests.set(data.subarray(digestsAt, digestsAt + 32 * count));
        this.live.fill(1, 0, count);
        for (let e = 0; e < count; e++)
            this.index.set(this.paths[e], e);
        this.indexed = count;
    }
}
function align8(n) {
    return (n + 7) & ~7;
}

// EXTERNAL MODULE: ./src/core/record-check.ts
var record_check = __webpack_require__(8619);
// EXTERNAL MODULE: ./src/ports.ts
var ports = __webpack_require__(6467);
// EXTERNAL MODULE: ./src/adapters/local/atomic.ts
var atomic = __webpack_require__(2771);
;// CONCATENATED MODULE: ./src/adapters/local/state-store.ts





const nodeStateFs = {
    readFileSync: (file, encoding) => (0,external_node_fs_.readFileSync)(file, encoding),
    appendFileSync: (file, data) => (0,external_node_fs_.appendFileSync)(file, data),
    writeFileSync: (file, data) => (0,external_node_fs_.writeFileSync)(file, data),
    renameSync: (from, to) => (0,external_node_fs_.renameSync)(from, to),
    mkdirSync: (dir, options) => (0,external_node_fs_.mkdirSync)(dir, options),
    size: (file) => (0,external_node_fs_.statSync)(file, { throwIfNoEntry: false })?.size,
    truncateSync: (file, length) => (0,external_node_fs_.truncateSync)(file, length),
    rmSync: (file, options) => (0,external_node_fs_.rmSync)(file, options),
};
/**
 * What this checkout last ran: an append-only log of stage records, one JSON line each, under
 * `.reprokit/state.jsonl`. Reading it is one file read however many stages there are; each
 * record is appended the moment its stage finishes, so an interrupted run keeps what it did. The
 * last line for a stage wins; a torn last line (a crash mid-write) is ignored. The log is
 * rewritten with only the live records when it has grown to twice their number.
 *
 * A failed append (disk full, read-only) is a RecordWriteFailure naming the file and the cause,
 * and what it wrote is cut off again, so the next record does not join a torn line.
 */
class LogStateStore {
    file;
    fs;
    records;
    lines = 0;
    /** The log ends in a torn line: the next record starts on a new line. */
    torn = false;
    constructor(file, fs = nodeStateFs) {
        this.file = file;
        this.fs = fs;
    }
    load() {
        if (this.records)
            return this.records;
        const records = new Map();
        let text = '';
        try {
            text = this.fs.readFileSync(this.file, 'utf8');
        }
        catch {
            text = '';
        }
        this.torn = text.length > 0 && !text.endsWith('\n');
        for (const line of text.split('\n')) {
            if (line === '')
                continue;
            this.lines++;
            try {
                const value = JSON.parse(line);
                if (typeof value.stage === 'string')
                    records.set(value.stage, value);
            }
            catch {
                // a torn line from a crash: the stage simply has no record
            }
        }
        this.records = records;
        return records;
    }
    async read(stage) {
        const raw = this.load().get(stage);
        return raw && (0,record_check/* checkRecord */.E)(raw, { stage });
    }
    async write(record) {
        const records = this.load();
        const line = (this.torn ? '\n' : '') + JSON.stringify(record) + '\n';
        let before;
        try {
            before = this.fs.size(this.file);
            // The directory is made only when the log is missing: once per project, not per stage
            // (and again if `.reprokit` was removed during the run).
            if (before === undefined)
                this.fs.mkdirSync((0,external_node_path_.dirname)(this.file), { recursive: true });
            this.fs.appendFileSync(this.file, line);
        }
        catch (e) {
            this.cutBack(before);
            throw new ports/* RecordWriteFailure */.$6(this.file, e.message);
        }
        this.torn = false;
        records.set(record.stage, record);
        this.lines++;
    }
    /** Removes what a failed append may have written; if that fails too, mark the line torn. */
    cutBack(size) {
        if (size === undefined)
            return;
        try {
            if (this.fs.size(this.file) !== size)
                this.fs.truncateSync(this.file, size);
        }
        catch {
            this.torn = true;
        }
    }
    /** Drops superseded lines once they outnumber the live ones. Best-effort: throws on failure. */
    compact() {
        const records = this.records;
        if (!records || this.lines <= Math.max(16, 2 * records.size))
            return;
        const tmp = (0,atomic/* tempName */.u8)(this.file);
        try {
            this.fs.writeFileSync(tmp, [...records.values()].map((r) => JSON.stringify(r) + '\n').join(''));
            this.fs.renameSync(tmp, this.file);
        }
        catch (e) {
            this.fs.rmSync(tmp, { force: true });
            throw e;
        }
        this.lines = records.size;
    }
}

// EXTERNAL MODULE: ./src/session/best-effort.ts
var best_effort = __webpack_require__(5991);
;// CONCATENATED MODULE: ./src/session/compose.ts









const STATE_DIR = '.reprokit';
/** Wires the engine to the local disk. The one place that picks adapters for a laptop run. */
function localServices(setup) {
    const workspace = new node_workspace/* NodeWorkspace */.O(setup.root, setup.journal);
    const stateDir = (0,external_node_path_.join)(setup.root, STATE_DIR);
    const statCache = StatCache.load((0,external_node_path_.join)(stateDir, 'stat-cache.bin'));
    const toAbsolute = (path) => workspace.abs(path);
    const state = new LogStateStore((0,external_node_path_.join)(stateDir, 'state.jsonl'));
    const cacheDir = setup.cacheDir
        ? (0,external_node_path_.isAbsolute)(setup.cacheDir)
            ? setup.cacheDir
            : (0,external_node_path_.resolve)(setup.cacheDir)
        : (0,external_node_path_.join)(stateDir, 'cache');
    const cache = setup.cache === 'none' ? undefined : (setup.cache ?? new local_cache/* LocalCache */.U(cacheDir, toAbsolute));
    const hasher = new file_hasher/* FileHasher */.gp(toAbsolute, statCache, { root: setup.root });
    const baseEnv = {};
    for (const [name, value] of Object.entries(setup.env))
        if (value !== undefined)
            baseEnv[name] = value;
    const runner = new process_runner.ProcessRunner();
    const services = {
        workspace,
        hasher: counted(journaled(hasher, setup.journal, workspace), setup.onFilesChecked),
        ...(cache ? { cache } : {}),
        cacheAccess: setup.cacheAccess ?? { read: true, write: true },
        state,
        runner,
        containers: new DockerRuntime({ runner, env: baseEnv, ...currentUser() }),
        sha256: file_hasher/* sha256Text */.f1,
        emit: setup.emit,
        now: () => Date.now(),
        baseEnv,
    };
    return {
        services,
        workspace,
        cacheDir,
        flush: () => (0,best_effort/* bestEffort */.z)([
            ['the stat cache', () => hasher.save()],
            ['the compacted state log', () => state.compact()],
        ]),
    };
}
/** The uid:gid stage containers run as (files they write stay yours); none on Windows. */
function currentUser() {
    if (typeof process.getuid !== 'function' || typeof process.getgid !== 'function')
        return {};
    return { user: { uid: process.getuid(), gid: process.getgid() } };
}
/**
 * Notes every hashed file in the journal. A vouched-for directory is noted as a tree, listed only
 * if a no-op snapshot is written (its files must be watched like any hashed file).
 */
function journaled(hasher, journal, workspace) {
    if (!journal)
        return hasher;
    return {
        hashFiles: (paths) => {
            journal.addAll(paths);
            return hasher.hashFiles(paths);
        },
        vouchTree: async (dir, files) => {
            const tree = await hasher.vouchTree(dir, files);
            if (tree)
                journal.addTree(() => workspace.listFilesNow(dir));
            return tree;
        },
    };
}
/** Reports the size of every batch of digests. */
function counted(hasher, report) {
    if (!report)
        return hasher;
    return {
        hashFiles: async (paths) => {
            const digests = await hasher.hashFiles(paths);
            let bytes = 0;
            for (const digest of digests.values())
                bytes += digest.size;
            report(digests.size, bytes);
            return digests;
        },
        vouchTree: async (dir, files) => {
            const tree = await hasher.vouchTree(dir, files);
            if (tree)
                report(tree.files, tree.bytes);
            return tree;
        },
    };
}


/***/ }),

/***/ 5738:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Oo: () => (/* binding */ appendRunLog),
/* harmony export */   w3: () => (/* binding */ readRunLog)
/* harmony export */ });
/* unused harmony export RUN_LOG */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * `.reprokit/runs.jsonl`: one line per run, the stage keys it used (ran, restored or fresh).
 * `reprokit gc --keep-last N` keeps the cache entries of the last N runs from it.
 */
const RUN_LOG = '.reprokit/runs.jsonl';
function appendRunLog(root, report, now) {
    const keys = report.stages
        .filter((s) => s.result !== 'failed' && s.result !== 'skipped' && s.key)
        .map((s) => s.key);
    if (keys.length === 0)
        return;
    const file = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, RUN_LOG);
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.appendFileSync)(file, JSON.stringify({ at: now.toISOString(), keys }) + '\n');
    }
    catch {
        // only gc --keep-last reads it: a read-only workspace must not fail the run
    }
}
/** The runs, oldest first; torn or foreign lines are skipped. */
function readRunLog(root) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, RUN_LOG), 'utf8');
    }
    catch {
        return [];
    }
    const entries = [];
    for (const line of text.split('\n')) {
        if (!line)
            continue;
        try {
            const value = JSON.parse(line);
            if (typeof value.at === 'string' && Array.isArray(value.keys))
                entries.push({ at: value.at, keys: value.keys.filter((k) => typeof k === 'string') });
        }
        catch {
            // a torn line from a crash: that run is simply not kept by --keep-last
        }
    }
    return entries;
}


/***/ }),

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ runOptions)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

/** The one place RunOptions are assembled. */
function runOptions(request, mode) {
    return {
        targets: request.targets ?? [],
        force: { stages: request.force ?? [], all: request.forceAll ?? false },
        jobs: request.jobs ?? Math.max(1, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.cpus)().length),
        keepGoing: request.keepGoing ?? false,
        mode,
        restore: request.restore ?? [],
        salt: request.salt ?? '',
        signal: request.signal,
    };
}


/***/ }),

/***/ 1202:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  SS: () => (/* binding */ describeUnknownStage),
  B9: () => (/* binding */ expandStageNames),
  pE: () => (/* binding */ unknownStage)
});

;// CONCATENATED MODULE: ./src/core/dvc/targets.ts
/** The separator of the stage names foreach and matrix generate (`build@us`). */
const GROUP_SEPARATOR = '@';
/**
 * Resolves target names as `dvc repro` does: a stage name selects that stage; the name of a
 * foreach/matrix group (`build`) selects every stage it generated (`build@*`), in pipeline order.
 * Returns the first name that is neither.
 */
function expandTargets(names, stages) {
    const known = new Set(stages);
    const out = [];
    for (const name of names) {
        if (known.has(name)) {
            out.push(name);
            continue;
        }
        const members = stages.filter((s) => s.startsWith(name + GROUP_SEPARATOR));
        if (members.length === 0)
            return { ok: false, unknown: name };
        out.push(...members);
    }
    return { ok: true, stages: [...new Set(out)] };
}

// EXTERNAL MODULE: ./src/core/suggest.ts
var suggest = __webpack_require__(2085);
;// CONCATENATED MODULE: ./src/session/stages.ts


/** The first of the names that is not a stage of the project, or undefined when all are. */
function unknownStage(project, names) {
    const known = [...project.graph.byName.keys()];
    for (const name of names) {
        // A foreach/matrix group name selects its generated stages, as `dvc repro build` does.
        if (expandTargets([name], known).ok)
            continue;
        const guess = (0,suggest/* closest */.k)(name, known);
        return { kind: 'unknown-stage', name, ...(guess ? { guess } : {}), known };
    }
    return undefined;
}
/** The words both entries print for it. */
function describeUnknownStage(u) {
    return `no stage named "${u.name}"${u.guess ? `: did you mean "${u.guess}"?` : ` (stages: ${u.known.join(', ')})`}`;
}
/** Stage names with foreach/matrix group names replaced by the stages they generated. */
function expandStageNames(project, names) {
    const expanded = expandTargets(names, [...project.graph.byName.keys()]);
    return expanded.ok ? expanded.stages : names;
}


/***/ })

};

//# sourceMappingURL=415.index.js.map