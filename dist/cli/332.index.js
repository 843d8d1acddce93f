export const id = 332;
export const ids = [332];
export const modules = {

/***/ 6220:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gp: () => (/* binding */ FileHasher),
  Q3: () => (/* binding */ sha256File),
  f1: () => (/* binding */ sha256Text)
});

// UNUSED EXPORTS: LEAF_SIZE

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
    indexMtimeNs) {
        this.data = data;
        this.names = names;
        this.starts = starts;
        this.ends = ends;
        this.offsets = offsets;
        this.indexMtimeNs = indexMtimeNs;
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
        if (type !== MODE_REGULAR ||
            flags & (FLAG_STAGE | FLAG_ASSUME_VALID) ||
            extFlags & (EXT_SKIP_WORKTREE | EXT_INTENT_TO_ADD) ||
            pathEnd - pathStart <= pre.length ||
            (pre.length > 0 &&
                source.compare(pre, 0, pre.length, pathStart, pathStart + pre.length) !== 0))
            continue;
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
    return new IndexSnapshot(data, version === 4 ? Buffer.concat(copies, copied) : data, starts.subarray(0, kept), ends.subarray(0, kept), offsets.subarray(0, kept), indexMtimeNs);
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
/** The git index of the work tree that holds a project, re-read whenever the file changes. */
class GitIndex {
    location;
    key = '';
    current;
    digests;
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
     * (tracked or not), `info/attributes`, `core.attributesFile` (asked from git once), the
     * user's default and the system's (/etc/gitattributes) attributes files.
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
            // core.attributesFile, as git resolves it (includes and all); without git, any mention.
            const configured = (0,external_node_child_process_.spawnSync)('git', [`--git-dir=${gitDir}`, 'config', '--path', '--get', 'core.attributesFile'], { env: gitEnv(), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
            if (configured.status === 0)
                files.push(configured.stdout.trim());
            this.globalConversions =
                files.some((file) => namesConversion(file)) ||
                    (configured.status !== 0 &&
                        configured.status !== 1 && // 1: not set
                        [
                            (0,external_node_path_.join)(commonDir, 'config'),
                            (0,external_node_path_.join)(home, '.gitconfig'),
                            (0,external_node_path_.join)(xdg, 'git', 'config'),
                            '/etc/gitconfig',
                        ].some((file) => /attributesfile/i.test(readOr(file))));
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
    async modified(dir) {
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
                child = (0,external_node_child_process_.spawn)('git', args, { cwd: top, env, stdio: ['ignore', 'pipe', 'ignore'] });
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
    /** Writes what `blobs()` learned (no-op when nothing was learned). */
    save() {
        if (this.digests && (0,external_node_fs_.existsSync)(this.location.commonDir))
            this.digests.save();
    }
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/adapters/hashing/hash-worker.ts
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
/**
 * What a worker thread runs (`new Worker(source, { eval: true })`): the kernel above from its own
 * source text, so that the bundle needs no second entry file and works from any directory.
 */
function hashWorkerSource() {
    return `'use strict';
const { parentPort } = require('node:worker_threads');
const kernel = (${hashKernel.toString()})(require('node:fs'), require('node:crypto'));
parentPort.on('message', (job) => {
  try {
    if (job.type === 'files') kernel.runFiles(job.sab, job.n, job.paths.split('\\0'), job.base);
    else kernel.runChunks(job.sab, job.units, job.paths, job.sizes, job.first);
    parentPort.postMessage({ id: job.id });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.stack) || error) });
  }
});
`;
}

;// CONCATENATED MODULE: ./src/adapters/hashing/hash-worker-pool.ts
/**
 * Runs hashing jobs on the main thread and on worker threads together (docs/performance.md,
 * "Hashing"). The main thread always takes part, so a job never waits for a worker to boot (about
 * 40 ms): units are claimed from a shared counter, and a worker that arrives late finds fewer.
 * A worker that dies or fails leaves its units pending, and the main thread does them itself.
 */





const kernel = hashKernel(external_node_fs_, external_node_crypto_);
/** Workers beside the main thread: one fewer than the cores, at most 3 (REPROKIT_HASH_WORKERS overrides). */
function defaultWorkerCount() {
    const forced = Number.parseInt(process.env['REPROKIT_HASH_WORKERS'] ?? '', 10);
    if (Number.isInteger(forced) && forced >= 0)
        return Math.min(forced, 16);
    return Math.max(0, Math.min(3, (0,external_node_os_.availableParallelism)() - 1));
}
let source;
class HashPool {
    workers;
    workerSource;
    members = [];
    nextId = 1;
    started = false;
    /** `workerSource` replaces the worker's code (tests: a worker that fails). */
    constructor(workers = defaultWorkerCount(), workerSource) {
        this.workers = workers;
        this.workerSource = workerSource;
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
        for (let k = 0; k < this.workers; k++) {
            let worker;
            try {
                source ??= hashWorkerSource();
                worker = new external_node_worker_threads_.Worker(this.workerSource ?? source, { eval: true });
            }
            catch {
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
            worker.on('error', die);
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

;// CONCATENATED MODULE: ./src/adapters/hashing/file-hasher.ts





/**
 * A file's digest (docs/performance.md, "Hashing"):
 * - up to LEAF_SIZE (8 MiB): the SHA-256 of its content, hex (what `sha256sum` prints);
 * - larger: SHA-512/256 over "reprokit-chunked-sha256-v1", NUL, the size (u64 big-endian), the
 *   leaf size (u32 big-endian) and the SHA-256 of each 8 MiB leaf in order, hex. The leaves are
 *   independent, so one large file is hashed on every core; SHA-512/256 for the root keeps a
 *   chunked digest from ever equalling the plain SHA-256 of some other (small) file.
 */
const LEAF_SIZE = kernel.leafSize;
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
/** Batches this large ask `git diff-files` (one process, 60-95 ms per 100,000 files). */
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
    return kernel.digestFileSync(abs).digest;
}
function sha256Text(text) {
    return (0,external_node_crypto_.createHash)('sha256').update(text).digest('hex');
}
let processPool;
/** REPROKIT_TRACE_HASH=1: phase timings on standard error (ms since the process started). */
const TRACE = Boolean(process.env['REPROKIT_TRACE_HASH']);
function trace(what) {
    if (TRACE)
        process.stderr.write(`reprokit hash ${performance.now().toFixed(1)} ${what}\n`);
}
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
        this.pool = options.pool ?? (processPool ??= new HashPool());
    }
    /** Writes the stat cache and the blob digests learned in this run. */
    save() {
        this.statCache.save();
        if (this.git)
            this.git.save();
    }
    async hashFiles(paths) {
        const found = new Map();
        let list = unique(paths);
        if (list.length === 0)
            return found;
        trace(`batch of ${list.length}`);
        const index = list.length >= GIT_FILES ? this.gitIndex() : undefined;
        let git;
        if (index && list.length >= GIT_DIFF_FILES && index.blobs().size >= GIT_DIFF_FILES) {
            // Large batch, blob digests known (not a first run): git checks the tracked files' stat,
            // we translate blob ids to digests. With a large index, git starts first and we parse the
            // index while it runs.
            const dir = commonDir(list);
            let asking = index.indexBytes() >= GIT_BIG_INDEX ? index.modified(dir) : undefined;
            git = this.view(index, list);
            trace(`index: ${git?.snapshot.size ?? 0} entries, ${git?.blobs.size ?? 0} blob digests`);
            if (!asking && git && git.snapshot.size >= GIT_DIFF_FILES)
                asking = index.modified(dir);
            const modified = git && asking ? await asking : undefined;
            trace(`git diff-files: ${modified ? `${modified.paths.size} modified` : 'not used'}`);
            if (git && modified && modified.key === index.snapshotKey)
                list = this.fromGit(list, git, modified.paths, found);
            trace(`from git: ${found.size}`);
        }
        else if (index)
            git = this.view(index, list);
        if (list.length > 0)
            await this.hashRest(list, git, found);
        trace('batch done');
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
        const { flag, status } = kernel;
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
        };
        const nowMs = (this.options.now ?? Date.now)();
        const views = !share && n <= TINY
            ? this.tiny(names, base ?? '', nowMs, prepare)
            : await this.pool.files(names, base ?? '', share, nowMs, prepare);
        trace(`kernel: ${n} files`);
        // One hex string for the batch, sliced per file: a third of the cost of one call per file.
        let hex;
        const digests = Buffer.from(views.digest.buffer, views.digest.byteOffset, 32 * n);
        const statBytes = new Uint8Array(views.stat.buffer, views.stat.byteOffset, 32 * n);
        const large = [];
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
                    else
                        cache.remember(path, source[i], statBytes, 32 * i, views.digest, 32 * i);
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
        trace(`results: ${n} files, ${large.length} large`);
        if (large.length > 0)
            await this.hashLarge(large, found);
    }
    /**
     * A batch of a few files (the common case when a plan checks stage by stage) on this thread,
     * in a job buffer kept for the purpose: no allocation, no await.
     */
    tiny(names, base, nowMs, prepare) {
        if (!this.tinyJob) {
            const sab = new SharedArrayBuffer(kernel.filesBytes(TINY));
            this.tinyJob = kernel.filesViews(sab, TINY);
        }
        const views = this.tinyJob;
        views.flags.fill(0);
        views.status.fill(0);
        views.now[0] = BigInt(Math.floor(nowMs)) * 1000000n;
        prepare(views);
        for (let i = 0; i < names.length; i++)
            kernel.fileAt(views, i, base + names[i]);
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
            if (views.status.subarray(from, to).some((s) => s !== kernel.status.HASHED)) {
                found.set(file.path, this.alone(file.path, abs[j]));
                return;
            }
            const leaves = views.leaves.subarray(32 * from, 32 * to);
            const digest = kernel.chunkedRoot(file.size, leaves);
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
        const { digest, size } = kernel.digestFileSync(abs);
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
/* harmony import */ var _core_glob_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6085);
/* harmony import */ var _core_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6107);
/* harmony import */ var _ports_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6467);






/** Directories never walked when expanding globs from the project root. */
const SKIPPED_IN_GLOBS = new Set(['.git', '.reprokit']);
/** The project directory on the local disk. Symlinks are followed only while they stay inside. */
class NodeWorkspace {
    journal;
    root;
    realRoot;
    realRootSlash;
    listings = new Map();
    realDirs = new Map();
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
        this.checkInside((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(path), this.realDir((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(path)));
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
        return undefined;
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
            throw new _ports_js__WEBPACK_IMPORTED_MODULE_3__/* .WorkspaceEscape */ .J(path, real);
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
            return this.nearestReal((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(path));
        }
    }
    /** Files and directories under these paths changed (a stage ran, outputs were restored). */
    invalidate(paths) {
        for (const dir of [...this.listings.keys()])
            if (paths.some((p) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .overlaps */ .$f)(dir, p)))
                this.listings.delete(dir);
        for (const dir of [...this.realDirs.keys()])
            if (paths.some((p) => (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .overlaps */ .$f)(dir, p)))
                this.realDirs.delete(dir);
    }
    /** Remembered until invalidated: loading checks a directory dep and hashing reads it again. */
    async listFiles(dir) {
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
        const entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(abs, { withFileTypes: true });
        for (const entry of entries) {
            const path = (0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .joinPath */ .uJ)(dir, entry.name);
            if (entry.isFile())
                files.push(path);
            else if (entry.isDirectory()) {
                if (enter(path, entry.name))
                    this.walk(path, files, seen, enter);
            }
            else if (entry.isSymbolicLink()) {
                const info = this.infoSync(path);
                if (info?.kind === 'file')
                    files.push(path);
                else if (info?.kind === 'dir' && enter(path, entry.name))
                    this.walk(path, files, seen, enter);
            }
        }
    }
    async glob(pattern) {
        const base = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globBase */ .EI)(pattern);
        const info = this.infoSync(base);
        if (info?.kind !== 'dir')
            return [];
        const regexp = (0,_core_glob_js__WEBPACK_IMPORTED_MODULE_5__/* .globToRegExp */ .tL)(pattern);
        const files = [];
        this.walk(base, files, new Set(), (_path, name) => !SKIPPED_IN_GLOBS.has(name));
        return files.filter((f) => regexp.test(f)).sort();
    }
    isSymlink(path) {
        try {
            return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(this.abs(path)).isSymbolicLink();
        }
        catch {
            return false;
        }
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
        this.assertInside((0,_core_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .parentDir */ .Qp)(path));
        const link = this.isSymlink(path);
        if (!link)
            this.assertInside(path);
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(this.abs(path), { recursive: true, force: true });
        this.invalidate([path]);
    }
}


/***/ }),

/***/ 6085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EI: () => (/* binding */ globBase),
/* harmony export */   fg: () => (/* binding */ isGlob),
/* harmony export */   nn: () => (/* binding */ globMayMatchUnder),
/* harmony export */   tL: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * Globs for deps: `*` and `?` within a path segment, `[...]` classes, `**` across segments.
 * Pure: matching only. Walking the file system is the workspace adapter's job.
 */
const GLOB_CHARS = /[*?[]/;
function isGlob(path) {
    return GLOB_CHARS.test(path);
}
/** The directory before the first segment with a wildcard: where a walk has to start. */
function globBase(pattern) {
    const segments = pattern.split('/');
    const base = [];
    for (const segment of segments) {
        if (isGlob(segment))
            break;
        base.push(segment);
    }
    if (base.length === segments.length)
        base.pop();
    return base.join('/');
}
function globToRegExp(pattern) {
    let source = '';
    const segments = pattern.split('/');
    segments.forEach((segment, index) => {
        const last = index === segments.length - 1;
        if (segment === '**') {
            source += last ? '.*' : '(?:[^/]+/)*';
            return;
        }
        source += segmentToRegExp(segment) + (last ? '' : '/');
    });
    return new RegExp(`^${source}$`);
}
function segmentToRegExp(segment) {
    let out = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '*')
            out += '[^/]*';
        else if (c === '?')
            out += '[^/]';
        else if (c === '[') {
            const close = segment.indexOf(']', i + 1);
            if (close < 0) {
                out += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            if (body.startsWith('!'))
                body = '^/' + body.slice(1);
            out += `[${body.replace(/\\/g, '\\\\')}]`;
            i = close;
        }
        else
            out += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    return out;
}
/**
 * Could `dir` itself, or something under it, match the pattern? Used to connect a glob dep to
 * another stage's output, which may be a file or a directory.
 */
function globMayMatchUnder(pattern, dir) {
    const segments = pattern.split('/');
    const parts = dir === '' ? [] : dir.split('/');
    for (let i = 0; i < parts.length; i++) {
        const segment = segments[i];
        if (segment === undefined)
            return false;
        if (segment === '**')
            return true;
        if (!new RegExp(`^${segmentToRegExp(segment)}$`).test(parts[i]))
            return false;
    }
    return true;
}


/***/ }),

/***/ 6107:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $f: () => (/* binding */ overlaps),
/* harmony export */   Mf: () => (/* binding */ relativeTo),
/* harmony export */   Qp: () => (/* binding */ parentDir),
/* harmony export */   Tl: () => (/* binding */ resolveInProject),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   uJ: () => (/* binding */ joinPath)
/* harmony export */ });
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

/***/ 8619:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ checkRecord)
/* harmony export */ });
/* unused harmony export isSafePath */
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6107);

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
        typeof value.salt === 'string');
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
    return value.files.every((f) => isFileDigest(f) && (0,_paths_js__WEBPACK_IMPORTED_MODULE_0__/* .isWithin */ .UO)(f.path, outPath));
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


/***/ }),

/***/ 7332:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
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

;// CONCATENATED MODULE: ./src/core/suggest.ts
/** "Did you mean" for misspelt keys and stage names: the closest candidate within a small edit distance. */
function closest(word, candidates) {
    let best;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    for (const candidate of candidates) {
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
/** Optimal string alignment distance: a swap of two neighbouring letters counts as one edit. */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    const at = (i, j) => d[i * cols + j];
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i * cols + j] = best;
        }
    }
    return at(a.length, b.length);
}

;// CONCATENATED MODULE: ./src/core/render-dag.ts
const MERMAID_STYLE = {
    fresh: 'fill:#e8f5e9,stroke:#43a047,color:#1b5e20',
    restored: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
    cached: 'fill:#e3f2fd,stroke:#1e88e5,color:#0d47a1',
    ran: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
    stale: 'fill:#fff8e1,stroke:#f9a825,color:#6d4c00',
    failed: 'fill:#ffebee,stroke:#e53935,color:#b71c1c',
    skipped: 'fill:#f5f5f5,stroke:#9e9e9e,color:#616161,stroke-dasharray:4 3',
};
function nodeId(index) {
    return `s${index}`;
}
/** Mermaid ids must be simple; labels are escaped so stage names cannot break the diagram. */
function mermaidLabel(text) {
    return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
function renderMermaid(graph, marks, stages = graph.order) {
    const ids = new Map(stages.map((s, i) => [s.name, nodeId(i)]));
    const lines = ['flowchart LR'];
    for (const stage of stages) {
        const mark = marks?.get(stage.name);
        const label = mermaidLabel(stage.name) + (mark ? `<br/><small>${mark}</small>` : '');
        lines.push(`  ${ids.get(stage.name)}["${label}"]`);
    }
    for (const stage of stages) {
        for (const edge of graph.downstream.get(stage.name) ?? []) {
            const to = ids.get(edge.to);
            if (to)
                lines.push(`  ${ids.get(stage.name)} ${edge.kind === 'needs' ? '-.->' : '-->'} ${to}`);
        }
    }
    if (marks) {
        const used = new Set([...marks.values()]);
        for (const mark of used)
            lines.push(`  classDef ${mark} ${MERMAID_STYLE[mark]}`);
        for (const stage of stages) {
            const mark = marks.get(stage.name);
            if (mark)
                lines.push(`  class ${ids.get(stage.name)} ${mark}`);
        }
    }
    return lines.join('\n');
}
function renderDot(graph) {
    const quote = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const lines = ['digraph pipeline {', '  rankdir=LR;', '  node [shape=box, style=rounded];'];
    for (const stage of graph.order)
        lines.push(`  ${quote(stage.name)};`);
    for (const stage of graph.order) {
        for (const edge of graph.downstream.get(stage.name) ?? []) {
            lines.push(`  ${quote(edge.from)} -> ${quote(edge.to)}${edge.kind === 'needs' ? ' [style=dashed]' : ''};`);
        }
    }
    lines.push('}');
    return lines.join('\n');
}
/** Each stage in order with what it waits for and what it writes. */
function renderText(graph) {
    const lines = [];
    for (const stage of graph.order) {
        const after = (graph.upstream.get(stage.name) ?? []).map((e) => e.from);
        lines.push(`${stage.name}${after.length ? `  ← ${after.join(', ')}` : ''}`);
        if (stage.desc)
            lines.push(`    ${stage.desc}`);
        for (const out of stage.outs)
            lines.push(`    → ${out.path}${out.metric ? ' (metrics)' : ''}${out.cache ? '' : ' (not cached)'}`);
    }
    return lines.join('\n');
}
function dagJson(graph) {
    return {
        stages: graph.order.map((s) => ({
            name: s.name,
            ...(s.desc ? { desc: s.desc } : {}),
            deps: s.deps.map((d) => d.path),
            outs: s.outs.map((o) => o.path),
            after: (graph.upstream.get(s.name) ?? []).map((e) => e.from),
        })),
        edges: graph.order.flatMap((s) => (graph.downstream.get(s.name) ?? []).map((e) => ({
            from: e.from,
            to: e.to,
            ...(e.kind === 'dep' ? { path: e.dep.path } : { needs: true }),
        }))),
    };
}

;// CONCATENATED MODULE: ./src/core/fingerprint.ts
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
    const lines = [...files]
        .sort((a, b) => compareText(a.relpath, b.relpath))
        .map((f) => `${f.digest}  ${f.relpath}\n`);
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

;// CONCATENATED MODULE: ./src/core/diagnostics.ts
function error(code, message, details = {}) {
    return { code, severity: 'error', message, ...details };
}
function notice(code, message, details = {}) {
    return { code, severity: 'notice', message, ...details };
}
function hasErrors(diagnostics) {
    return diagnostics.some((d) => d.severity === 'error');
}

// EXTERNAL MODULE: ./src/core/glob.ts
var glob = __webpack_require__(6085);
// EXTERNAL MODULE: ./src/core/paths.ts
var paths = __webpack_require__(6107);
;// CONCATENATED MODULE: ./src/core/result.ts
function ok(value) {
    return { ok: true, value };
}
function err(error) {
    return { ok: false, error };
}
function unreachable(value) {
    throw new Error(`Internal error: unexpected value ${JSON.stringify(value)}`);
}

;// CONCATENATED MODULE: ./src/core/graph.ts





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
        for (let p = path; p !== ''; p = (0,paths/* parentDir */.Qp)(p)) {
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
                    diagnostics.push(error('cycle', `stage "${stage.name}" reads its own output "${hit.out.path}"`, {
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
                const guess = closest(need.stage, [...byName.keys()]);
                diagnostics.push(error('unknown-stage', `stage "${stage.name}" needs "${need.stage}", which is not a stage`, {
                    source: need.source,
                    hint: guess
                        ? `did you mean "${guess}"?`
                        : 'list the name of a stage declared under `stages:`',
                }));
            }
            else if (need.stage === stage.name) {
                diagnostics.push(error('cycle', `stage "${stage.name}" needs itself`, {
                    source: need.source,
                    hint: 'remove it from needs: list only the stages that must finish before this one',
                }));
            }
            else
                addEdge({ kind: 'needs', from: need.stage, to: stage.name, need });
        }
    }
    if (diagnostics.length > 0)
        return err(diagnostics);
    const sorted = topologicalOrder(pipeline.stages, upstream, downstream);
    if (!sorted.ok)
        return err([sorted.error]);
    return ok({ order: sorted.value, byName, upstream, downstream, producers });
}
function producersOf(dep, producers) {
    if (dep.kind !== 'glob')
        return producers.overlapping(dep.path);
    return producers.all().filter(({ out }) => (0,glob/* globMayMatchUnder */.nn)(dep.path, out.path));
}
/** Two stages writing the same path, or one writing inside another's output directory. */
function checkOutputs(stages) {
    const diagnostics = [];
    const seen = new Map();
    for (const stage of stages) {
        for (const out of stage.outs) {
            const previous = seen.get(out.path);
            if (previous) {
                diagnostics.push(error('duplicate-output', `output "${out.path}" of stage "${stage.name}" is also an output of stage "${previous.stage.name}"`, {
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
        for (let p = (0,paths/* parentDir */.Qp)(path); p !== ''; p = (0,paths/* parentDir */.Qp)(p)) {
            const outer = seen.get(p);
            if (!outer)
                continue;
            diagnostics.push(error('overlapping-output', `output "${path}" of stage "${entry.stage.name}" lies inside output "${p}" of stage "${outer.stage.name}"`, {
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
        return ok(order);
    return err(cycleDiagnostic(findCycle(stages, upstream, waiting)));
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
    return error('cycle', `the stages form a cycle: ${names.join(' → ')}`, {
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

// EXTERNAL MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
var js_yaml = __webpack_require__(3243);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/core/manifest/source.ts




/** Parses YAML (or JSON, a subset) into plain values; syntax errors are positioned diagnostics. */
function parseYaml(file, text) {
    // js-yaml is about ten times faster; the `yaml` package, which knows where every node is,
    // parses again only when something is wrong, to say where.
    try {
        return ok((0,js_yaml/* load */.Hh)(text, { schema: js_yaml/* CORE_SCHEMA */.OU, json: false }));
    }
    catch {
        return parseWithPositions(file, text);
    }
}
function parseWithPositions(file, text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
        return err(doc.errors.map((e) => {
            const unclosed = e.code === 'MISSING_CHAR' || /end with an? [\]}]/.test(e.message);
            const at = unclosed ? unclosedBracket(text, e.pos[0]) : undefined;
            const from = at ?? e.pos[0];
            const start = lineCounter.linePos(from);
            const end = lineCounter.linePos(at !== undefined ? at + 1 : Math.max(e.pos[1], e.pos[0] + 1));
            const message = e.message.split('\n')[0] ?? e.message;
            return {
                ...error('yaml-syntax', `YAML syntax error: ${message}`, {
                    hint: syntaxHint(unclosed ? 'MISSING_CHAR' : e.code),
                }),
                span: {
                    file,
                    line: start.line,
                    column: start.col,
                    endLine: end.line,
                    endColumn: end.col,
                },
            };
        }));
    }
    return ok(doc.toJS({ maxAliasCount: 1000 }));
}
/**
 * The parser reports a missing `]` or `}` where it gave up, often past the end of the file;
 * the opening bracket that was never closed is what the user has to look at.
 */
function unclosedBracket(text, before) {
    const open = [];
    let quote;
    for (let i = 0; i < Math.min(before, text.length); i++) {
        const c = text[i];
        if (quote) {
            if (c === quote)
                quote = undefined;
        }
        else if (c === '"' || c === "'")
            quote = c;
        else if (c === '#' && (i === 0 || /\s/.test(text[i - 1])))
            i = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
        else if (c === '[' || c === '{')
            open.push(i);
        else if ((c === ']' || c === '}') && open.length > 0)
            open.pop();
    }
    return open.pop();
}
function syntaxHint(code) {
    switch (code) {
        case 'MISSING_CHAR':
            return 'close the `[` with `]` (or the `{` with `}`), or quote a value that starts with one';
        case 'DUPLICATE_KEY':
            return 'each key may appear once in a mapping: merge the two entries or rename one';
        case 'BAD_INDENT':
            return 'check the indentation: nested keys need more spaces than their parent, and the same amount as their siblings';
        case 'TAB_AS_INDENT':
            return 'YAML indentation must use spaces, not tabs';
        default:
            return 'fix the YAML syntax at the marked position (quote values that contain ": " or start with special characters)';
    }
}
/**
 * Maps a SourceRef to a line and column. Built lazily: positions are only needed when
 * something has to be reported, so the fast path never pays for them.
 */
class Locator {
    texts;
    parsed = new Map();
    constructor(texts) {
        this.texts = texts;
    }
    text(file) {
        return this.texts.get(file);
    }
    locate(ref) {
        const parsed = this.document(ref.file);
        if (parsed === undefined)
            return undefined;
        const range = findRange(parsed.doc.contents, ref.path, ref.at ?? 'value');
        if (range === undefined)
            return undefined;
        const start = parsed.lines.linePos(range[0]);
        const end = parsed.lines.linePos(Math.max(range[1], range[0] + 1));
        return {
            file: ref.file,
            line: start.line,
            column: start.col,
            endLine: end.line,
            endColumn: end.col,
        };
    }
    document(file) {
        let parsed = this.parsed.get(file);
        if (parsed === undefined) {
            const text = this.texts.get(file);
            if (text === undefined)
                return undefined;
            const lines = new dist/* LineCounter */.HN();
            parsed = { doc: (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, uniqueKeys: false }), lines };
            this.parsed.set(file, parsed);
        }
        return parsed;
    }
}
function findRange(root, path, at) {
    let node = root;
    let keyRange;
    let best = nodeRange(root);
    for (const segment of path) {
        const pair = childPair(node, segment);
        if (pair === undefined)
            return best;
        keyRange = pair.keyRange;
        node = pair.value;
        best = nodeRange(node) ?? keyRange ?? best;
    }
    if (at === 'key' && keyRange !== undefined)
        return keyRange;
    return nodeRange(node) ?? keyRange ?? best;
}
function childPair(node, segment) {
    if ((0,dist/* isMap */.jh)(node)) {
        const pair = node.items.find((p) => keyText(p.key) === String(segment));
        if (pair === undefined)
            return undefined;
        return { keyRange: nodeRange(pair.key), value: pair.value };
    }
    if ((0,dist/* isSeq */.oP)(node) && typeof segment === 'number') {
        const item = node.items[segment];
        return item === undefined ? undefined : { value: item };
    }
    return undefined;
}
function keyText(key) {
    if ((0,dist/* isScalar */.jn)(key))
        return String(key.value);
    if ((0,dist/* isPair */.tO)(key))
        return undefined;
    return typeof key === 'string' ? key : undefined;
}
function nodeRange(node) {
    const range = node?.range;
    if (range === undefined)
        return undefined;
    return [range[0], range[1]];
}

;// CONCATENATED MODULE: ./src/core/reasons.ts

/** Why a stage has to run, in words a person reads in a log or a PR comment. */
function explainChange(current, previous) {
    if (previous === undefined)
        return ['never run'];
    if (previous.keyVersion !== current.keyVersion)
        return ['recorded by an older reprokit (key format changed)'];
    const reasons = [];
    if (canonicalJson(previous.cmd) !== canonicalJson(current.cmd))
        reasons.push('command changed');
    if (previous.shell !== current.shell)
        reasons.push(`shell changed: ${previous.shell} → ${current.shell}`);
    if (previous.wdir !== current.wdir)
        reasons.push(`wdir changed: ${show(previous.wdir || '.')} → ${show(current.wdir || '.')}`);
    for (const name of changedKeys(previous.env, current.env))
        reasons.push(`env ${name} changed`);
    for (const key of changedKeys(previous.params, current.params)) {
        reasons.push(`param ${key} changed: ${show(previous.params[key])} → ${show(current.params[key])}`);
    }
    for (const path of changedKeys(previous.deps, current.deps)) {
        if (!(path in previous.deps))
            reasons.push(`dep ${path} added`);
        else if (!(path in current.deps))
            reasons.push(`dep ${path} removed`);
        else
            reasons.push(`dep ${path} changed`);
    }
    if (canonicalJson(previous.outs) !== canonicalJson(current.outs))
        reasons.push('declared outputs changed');
    if (canonicalJson(previous.needs) !== canonicalJson(current.needs))
        reasons.push('needs changed');
    if (previous.salt !== current.salt)
        reasons.push('cache salt changed');
    return reasons.length > 0 ? reasons : ['no record for this key'];
}
function changedKeys(before, after) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    return [...keys].filter((k) => canonicalJson(before[k]) !== canonicalJson(after[k])).sort();
}
function show(value) {
    if (value === undefined)
        return '(unset)';
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    return text.length > 60 ? text.slice(0, 57) + '...' : text;
}

// EXTERNAL MODULE: ./src/ports.ts
var ports = __webpack_require__(6467);
;// CONCATENATED MODULE: ./src/engine/digests.ts



/** Hashes each file at most once per run, however many stages read it. */
class FileDigests {
    hasher;
    memo = new Map();
    constructor(hasher) {
        this.hasher = hasher;
    }
    async get(paths) {
        const missing = paths.filter((p) => !this.memo.has(p));
        if (missing.length > 0) {
            const batch = this.hasher.hashFiles(missing);
            for (const path of missing) {
                this.memo.set(path, batch.then((found) => {
                    const digest = found.get(path);
                    if (!digest)
                        throw new Error(`Internal error: ${path} was not hashed`);
                    return digest;
                }));
            }
        }
        return Promise.all(paths.map((p) => this.memo.get(p)));
    }
    /** A stage is about to rewrite these paths: earlier digests no longer hold. */
    forget(prefixes) {
        for (const path of [...this.memo.keys()])
            if (prefixes.some((p) => (0,paths/* isWithin */.UO)(path, p)))
                this.memo.delete(path);
    }
}
class DepProblem extends Error {
}
/**
 * Content digest of one dep. Files produced by another stage are taken from that stage's record
 * (early cutoff without downloads); everything else is hashed in the workspace.
 */
async function depDigest(dep, known, context) {
    if (dep.kind === 'glob')
        return globDigest(dep, known, context);
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
    const listed = info ? await context.workspace.listFiles(dep.path) : [];
    const onDisk = listed.filter((f) => !inner.some((o) => (0,paths/* isWithin */.UO)(f, o.path)));
    const digests = await context.files.get(onDisk);
    const all = [...digests, ...inner.flatMap((o) => o.files)];
    return treeDigest(all.map((f) => ({ relpath: (0,paths/* relativeTo */.Mf)(f.path, dep.path), digest: f.digest })), context.sha256);
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
    const files = record.files.filter((f) => (0,paths/* isWithin */.UO)(f.path, dep.path));
    if (files.length === 0)
        throw new DepProblem(`dep ${dep.path} is not among the files its producer wrote to ${out.path}`);
    if (files.length === 1 && files[0].path === dep.path)
        return files[0].digest;
    return treeDigest(files.map((f) => ({ relpath: (0,paths/* relativeTo */.Mf)(f.path, dep.path), digest: f.digest })), context.sha256);
}
async function globDigest(dep, known, context) {
    const pattern = (0,glob/* globToRegExp */.tL)(dep.path);
    const produced = [...known.values()];
    const onDisk = (await context.workspace.glob(dep.path)).filter((f) => !context.graph.producers.containing(f));
    const fromRecords = produced.flatMap((o) => o.files).filter((f) => pattern.test(f.path));
    const digests = [...(await context.files.get(onDisk)), ...fromRecords];
    return treeDigest(digests.map((f) => ({ relpath: f.path, digest: f.digest })), context.sha256);
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
    const digest = treeDigest(files.map((f) => ({ relpath: (0,paths/* relativeTo */.Mf)(f.path, out.path), digest: f.digest })), context.sha256);
    return { path: out.path, kind: 'dir', digest, files, cached: out.cache };
}
/** Compares the workspace with recorded outputs; returns what differs (empty: all match). */
async function outputDifferences(stage, recorded, context) {
    const differences = [];
    for (const out of stage.outs) {
        const expected = recorded.find((r) => r.path === out.path);
        const actual = await outputInWorkspace(out, context);
        if (!actual)
            differences.push(`output ${out.path} missing`);
        else if (!expected || expected.digest !== actual.digest)
            differences.push(`output ${out.path} modified`);
    }
    return differences;
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
            return unreachable(shell);
    }
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
    stopReason;
    done = 0;
    constructor(project, services, options) {
        this.project = project;
        this.services = services;
        this.options = options;
        this.selected = selectWithUpstream(project.graph, options.targets);
        this.selectedNames = new Set(this.selected.map((s) => s.name));
        this.slots = new Semaphore(Math.max(1, options.jobs));
        this.digests = {
            workspace: services.workspace,
            files: new FileDigests(services.hasher),
            graph: project.graph,
            sha256: services.sha256,
        };
        options.signal.addEventListener('abort', () => this.stop('interrupted'), { once: true });
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
    }
    async resolveSafely(stage) {
        const started = this.services.now();
        let resolution;
        try {
            resolution = await this.resolve(stage);
        }
        catch (e) {
            const message = e instanceof DepProblem || e instanceof ports/* WorkspaceEscape */.J ? e.message : internal(e);
            resolution = this.failed(stage, { status: 'stale', reasons: [], error: message, started });
            if (!this.options.keepGoing)
                this.stop(`stage ${stage.name} failed`);
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
            return this.skipped(stage, `upstream stage ${broken.report.name} ${broken.report.result}`);
        const pending = upstream.filter((u) => u.wouldRun).map((u) => u.report.name);
        if (pending.length > 0) {
            return this.planned(stage, {
                status: 'stale',
                reasons: pending.map((n) => `upstream stage ${n} will run`),
            });
        }
        if (this.stopReason)
            return this.skipped(stage, `not started: ${this.stopReason}`);
        for (let attempt = 0;; attempt++) {
            const fingerprint = await this.fingerprint(stage);
            const key = stageKey(fingerprint, this.services.sha256);
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
    async fingerprint(stage) {
        const known = new Map();
        for (const edge of this.upstreamEdges(stage)) {
            for (const output of this.settled.get(edge.from)?.outputs ?? [])
                known.set(output.path, output);
        }
        const deps = {};
        for (const dep of stage.deps)
            deps[dep.path] = await depDigest(dep, known, this.digests);
        return buildFingerprint(stage, {
            deps,
            params: this.project.params.get(stage.name) ?? {},
            salt: this.options.salt,
        });
    }
    async decide(stage, fingerprint, key) {
        const previous = await this.services.state.read(stage.name);
        if (stage.frozen)
            return this.decideFrozen(stage, previous);
        const forced = this.options.force.all || this.options.force.stages.includes(stage.name);
        if (forced)
            return { kind: 'run', reasons: ['forced'] };
        if (stage.alwaysRun)
            return { kind: 'run', reasons: ['always_run'] };
        let differences;
        if (previous?.key === key) {
            differences = await outputDifferences(stage, previous.outputs, this.digests);
            if (differences.length === 0)
                return { kind: 'fresh', outputs: previous.outputs, reasons: [], metrics: previous.metrics };
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
                };
            }
            const restorable = stage.outs.every((o) => o.cache || !inWorkspace.some((d) => d.startsWith(`output ${o.path} `)));
            if (restorable)
                return { kind: 'cached', record, reasons: inWorkspace };
            // Recorded, but an output that is never cached is missing here: only running brings it back.
            return { kind: 'run', reasons: inWorkspace };
        }
        if (differences)
            return { kind: 'run', reasons: differences };
        const baseline = previous ?? (await this.latest(stage.name));
        return { kind: 'run', reasons: explainChange(fingerprint, baseline?.fingerprint) };
    }
    async decideFrozen(stage, previous) {
        const { outputs, missing } = await recordOutputs(stage, this.digests);
        if (missing.length === 0)
            return { kind: 'fresh', outputs, reasons: ['frozen'] };
        const record = previous ? await this.lookup(stage.name, previous.key) : undefined;
        if (record)
            return {
                kind: 'cached',
                record,
                reasons: ['frozen', ...missing.map((m) => `output ${m} missing`)],
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
            reasons: [`cache entry unusable (${restored.reason})`],
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
            reasons: [`cache entry unusable (${restored.reason})`],
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
                return this.skipped(stage, `not started: ${this.stopReason}`);
            return await this.runCommands(stage, run);
        }
        finally {
            this.running.delete(stage.name);
            this.slots.release();
        }
    }
    async runCommands(stage, run) {
        const { workspace, runner, emit } = this.services;
        const started = this.services.now();
        this.running.add(stage.name);
        emit({ type: 'stage-start', stage: stage.name, reasons: run.reasons });
        emit({
            type: 'progress',
            done: this.done,
            total: this.selected.length,
            running: [...this.running],
        });
        for (const out of stage.outs)
            if (!out.persist)
                await workspace.remove(out.path);
        this.forget(stage.outs.map((o) => o.path));
        const tail = new OutputTail();
        for (const command of stage.cmd) {
            const result = await runner.run({
                argv: shellArgv(stage.shell, command),
                cwd: (0,paths/* joinPath */.uJ)(workspace.root, stage.wdir),
                env: { ...this.services.baseEnv, ...stage.env },
                signal: this.options.signal,
                onOutput: (chunk, stream) => {
                    tail.add(chunk);
                    emit({ type: 'stage-output', stage: stage.name, chunk, stream });
                },
            });
            const failure = describeFailure(result, this.options.signal.aborted);
            if (failure) {
                if (!this.options.keepGoing)
                    this.stop(`stage ${stage.name} failed`);
                return this.failed(stage, {
                    status: 'stale',
                    reasons: run.reasons,
                    key: run.key,
                    error: failure,
                    outputTail: tail.text(),
                    started,
                });
            }
        }
        const { outputs, missing } = await recordOutputs(stage, this.digests);
        if (missing.length > 0) {
            if (!this.options.keepGoing)
                this.stop(`stage ${stage.name} failed`);
            const error = `the command succeeded but did not write ${missing.map((m) => `"${m}"`).join(', ')}, declared in outs`;
            return this.failed(stage, {
                status: 'stale',
                reasons: run.reasons,
                key: run.key,
                error,
                outputTail: tail.text(),
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
            const parsed = parseYaml(out.path, text);
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
function describeFailure(result, aborted) {
    if (aborted)
        return 'interrupted';
    if (result.spawnError)
        return `the command could not start: ${result.spawnError}`;
    if (result.signal)
        return `the command was killed by ${result.signal}`;
    if (result.exitCode !== 0)
        return `the command exited with code ${result.exitCode}`;
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
function internal(e) {
    return `internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
}

;// CONCATENATED MODULE: ./src/core/manifest/dvc-template.ts
/**
 * DVC's `${...}` templating for dvc.yaml (dvc/parsing: interpolate.py and context.py), pure:
 * values come from `vars` (inline mappings and files) and the default params file.
 *
 * - `${a.b[0]}` selects from the context; `\${...}` is a literal `${...}`.
 * - A string that is exactly one `${...}` keeps the value's type (number, boolean, list...).
 * - Inside a longer string, scalars are written the way Python's `str()` writes them
 *   (booleans `true`/`false`, null `None`); a mapping is only allowed in `cmd`, where it becomes
 *   `--key value` flags (DVC's "dict unpacking"); lists and mappings elsewhere are errors.
 */
class TemplateError extends Error {
}
const EXPRESSION = /(?<!\\)\$\{(.*?)\}/g;
function hasTemplate(value) {
    return typeof value === 'string' && new RegExp(EXPRESSION.source).test(value);
}
/** Does any string (key or value) in this value use `${...}`? */
function usesTemplate(value) {
    if (typeof value === 'string')
        return hasTemplate(value);
    if (Array.isArray(value))
        return value.some(usesTemplate);
    if (isMap(value))
        return Object.entries(value).some(([k, v]) => hasTemplate(k) || usesTemplate(v));
    return false;
}
/** Splits `a.b[0].c` into `['a', 'b', '0', 'c']` (DVC's expression grammar). */
function parseExpression(expression) {
    const text = expression.trim();
    if (!/^[^.[\]]+(\.[^.[\]]+|\[[^.[\]]+\])*$/.test(text)) {
        throw new TemplateError(`"\${${expression}}" is not a valid expression: use names joined by "." or [index]`);
    }
    return text.replace(/\[/g, '.').replace(/\]/g, '').split('.');
}
function dvc_template_select(context, expression) {
    const parts = parseExpression(expression);
    let node = context;
    const walked = [];
    for (const part of parts) {
        walked.push(part);
        if (Array.isArray(node) && /^-?\d+$/.test(part)) {
            const index = Number(part);
            const item = node[index < 0 ? node.length + index : index];
            if (item === undefined)
                throw notFound(walked.join('.'));
            node = item;
        }
        else if (isMap(node) && Object.prototype.hasOwnProperty.call(node, part)) {
            node = node[part];
        }
        else
            throw notFound(walked.join('.'));
    }
    return node;
}
function notFound(key) {
    return new TemplateError(`Could not find '${key}'`);
}
/**
 * Resolves one string. `key` is the stage key it sits under (DVC allows a mapping only in `cmd`
 * and lists/mappings in `foreach`/`matrix`; undefined means anything goes).
 */
function resolveString(source, context, key) {
    const matches = [...source.matchAll(EXPRESSION)];
    if (matches.length === 0)
        return source.replace(/\\\$\{/g, '${');
    const only = matches[0];
    if (matches.length === 1 && only[0] === source) {
        const value = dvc_template_select(context, only[1]);
        validate(value, key);
        return value;
    }
    let out = '';
    let index = 0;
    for (const match of matches) {
        const at = match.index;
        const value = dvc_template_select(context, match[1]);
        validate(value, key);
        out += source.slice(index, at) + toStr(value);
        index = at + match[0].length;
    }
    out += source.slice(index);
    return out.replace(/\\\$\{/g, '${');
}
function validate(value, key) {
    if (value === null || value === undefined || typeof value !== 'object')
        return;
    if (key === undefined || key.includes('foreach') || key === 'matrix')
        return;
    if (isMap(value) && key === 'cmd')
        return;
    throw new TemplateError(`Cannot interpolate data of type '${Array.isArray(value) ? 'list' : 'dict'}'`);
}
/** Python's `str()` for values read from YAML, as DVC writes them into strings. */
function toStr(value) {
    if (value === null || value === undefined)
        return 'None';
    if (typeof value === 'boolean')
        return value ? 'true' : 'false';
    if (typeof value === 'number')
        return pyNumber(value);
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value))
        return `[${value.map(pyRepr).join(', ')}]`;
    if (isMap(value))
        return dictToFlags(value);
    return String(value);
}
/** `{a: 1, b: {c: x}, d: true, e: [1, 2]}` → `--a 1 --b.c x --d --e 1 2` (DVC's defaults). */
function dictToFlags(map) {
    let result = '';
    for (const [k, v] of Object.entries(flatten(map))) {
        if (typeof v === 'boolean') {
            if (v)
                result += `--${k} `;
        }
        else if (typeof v === 'string')
            result += `--${k} ${shellQuote(v)} `;
        else if (Array.isArray(v)) {
            v.forEach((item, n) => {
                if (typeof item === 'object' && item !== null)
                    throw new TemplateError(`Cannot interpolate nested iterable in '${k}'`);
                const text = typeof item === 'string' ? shellQuote(item) : toStr(item);
                result += n > 0 ? `${text} ` : `--${k} ${text} `;
            });
        }
        else
            result += `--${k} ${toStr(v)} `;
    }
    return result.trimEnd();
}
function flatten(map, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(map)) {
        const key = prefix ? `${prefix}.${k}` : k;
        if (isMap(v))
            Object.assign(out, flatten(v, key));
        else
            out[key] = v;
    }
    return out;
}
/** Python's shlex.quote. */
function shellQuote(text) {
    if (text === '')
        return "''";
    if (/^[\w@%+=:,./-]+$/.test(text))
        return text;
    return `'${text.replace(/'/g, `'"'"'`)}'`;
}
function pyRepr(value) {
    if (typeof value === 'string')
        return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (value === null || value === undefined)
        return 'None';
    return toStr(value);
}
/**
 * Python's repr of a float (YAML gives integers and floats as one JS number, so a float that
 * equals an integer, like `2.0`, is written `2`: the one known difference from DVC).
 */
function pyNumber(value) {
    if (Number.isNaN(value))
        return 'nan';
    if (!Number.isFinite(value))
        return value > 0 ? 'inf' : '-inf';
    if (Number.isInteger(value) && Math.abs(value) < 1e16)
        return String(value);
    const [mantissa, exponentText] = value.toExponential().split('e');
    const exponent = Number(exponentText);
    if (exponent < -4 || exponent >= 16) {
        const digits = mantissa.includes('.') ? mantissa : `${mantissa}`;
        const sign = exponent < 0 ? '-' : '+';
        return `${digits}e${sign}${String(Math.abs(exponent)).padStart(2, '0')}`;
    }
    return String(value);
}
/**
 * Resolves every string (and mapping key) in a value. `onError` receives the path (relative to
 * `value`) of the string that failed, so the caller can point at it in the original text.
 */
function resolveDeep(value, context, key, onError, path = []) {
    if (typeof value === 'string') {
        try {
            return resolveString(value, context, key);
        }
        catch (e) {
            if (!(e instanceof TemplateError))
                throw e;
            onError(path, e.message);
            return value;
        }
    }
    if (Array.isArray(value))
        return value.map((item, index) => resolveDeep(item, context, key, onError, [...path, index]));
    if (isMap(value)) {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            let resolvedKey = k;
            if (hasTemplate(k)) {
                try {
                    resolvedKey = toStr(resolveString(k, context, key));
                }
                catch (e) {
                    if (!(e instanceof TemplateError))
                        throw e;
                    onError([...path, k], e.message);
                }
            }
            out[resolvedKey] = resolveDeep(v, context, key, onError, [...path, k]);
        }
        return out;
    }
    return value;
}
/**
 * Merges `from` into `into` the way DVC merges vars: mappings merge recursively, anything else
 * defined twice is an error (`cannot redefine 'a.b' from 'vars.yaml' as it already exists in
 * 'params.yaml'`). `sources` remembers where each top-level value came from.
 */
function mergeVars(into, from, source, sources, prefix = '') {
    for (const [k, v] of Object.entries(from)) {
        const dotted = prefix ? `${prefix}.${k}` : k;
        const existing = into[k];
        if (!Object.prototype.hasOwnProperty.call(into, k)) {
            into[k] = clone(v);
            sources.set(dotted, source);
            continue;
        }
        if (isMap(existing) && isMap(v)) {
            mergeVars(existing, v, source, sources, dotted);
            continue;
        }
        const first = sourceOf(sources, dotted) ?? 'an earlier source';
        throw new TemplateError(`cannot redefine '${dotted}' from '${source}' as it already exists in '${first}'`);
    }
}
function sourceOf(sources, dotted) {
    for (let key = dotted; key !== ''; key = key.includes('.') ? key.slice(0, key.lastIndexOf('.')) : '') {
        const found = sources.get(key);
        if (found)
            return found;
    }
    return undefined;
}
function clone(value) {
    if (Array.isArray(value))
        return value.map(clone);
    if (isMap(value))
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, clone(v)]));
    return value;
}
function isMap(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/core/manifest/reader.ts


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
        this.report(error('wrong-type', `${what} must be ${expected}, not ${describe(value)}`, {
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
            const guess = closest(key, allowed);
            this.report(error('unknown-key', `unknown key "${key}" ${context}`, {
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
                this.report(error('invalid-name', `"${name}" is not a valid environment variable name`, {
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

;// CONCATENATED MODULE: ./src/core/manifest/reprokit.ts





const TOP_KEYS = ['params', 'env', 'stages', 'publish'];
const STAGE_KEYS = [
    'cmd',
    'desc',
    'wdir',
    'env',
    'shell',
    'deps',
    'params',
    'outs',
    'metrics',
    'needs',
    'always_run',
    'frozen',
];
const OUT_KEYS = ['path', 'cache', 'persist'];
const PUBLISH_KEYS = ['pages', 'artifacts'];
const SHELLS = ['bash', 'sh', 'pwsh'];
const STAGE_NAME = /^[A-Za-z0-9_.-]+$/;
const DEFAULT_PARAMS_FILE = 'params.yaml';
/** Turns a parsed reprokit.yml into a Pipeline, or every problem found (not just the first). */
function readReprokitManifest(file, doc) {
    const reader = new DocReader(file);
    const top = reader.map(doc ?? {}, [], 'the manifest', 'stages: {prepare: {cmd: ...}}');
    if (!top)
        return err(reader.diagnostics);
    reader.checkKeys(top, [], TOP_KEYS, 'at the top level of the manifest');
    const defaultParams = readDefaultParamsFile(reader, top.params);
    const env = top.env === undefined ? {} : reader.env(top.env, ['env'], 'env');
    const stages = readStages(reader, top.stages, { env, defaultParams });
    const publish = readPublish(reader, top.publish);
    if (reader.diagnostics.length > 0)
        return err(reader.diagnostics);
    return ok({ manifestFile: file, format: 'reprokit', stages, publish });
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
        reader.report(error('invalid-value', 'the manifest declares no stages', {
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
            reader.report(error('invalid-name', `stage name "${name}" has characters other than letters, digits, "_", "." and "-"`, {
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
        reader.report(error('invalid-value', `stage "${name}" has no cmd`, {
            source: reader.ref(at, 'key'),
            hint: 'add the command that produces its outputs, e.g. `cmd: node src/prepare.js`',
        }));
    }
    const cmd = body.cmd === undefined ? [] : reader.stringList(body.cmd, [...at, 'cmd'], 'cmd');
    const wdirText = body.wdir === undefined ? '.' : reader.string(body.wdir, [...at, 'wdir'], 'wdir');
    const wdir = projectPath(reader, '', wdirText ?? '.', [...at, 'wdir']) ?? '';
    const env = {
        ...defaults.env,
        ...(body.env === undefined ? {} : reader.env(body.env, [...at, 'env'], 'env')),
    };
    return {
        name,
        ...(body.desc !== undefined
            ? { desc: reader.scalarString(body.desc, [...at, 'desc'], 'desc') ?? '' }
            : {}),
        cmd,
        wdir,
        env,
        shell: readShell(reader, body.shell, [...at, 'shell']),
        deps: readDeps(reader, body.deps, wdir, [...at, 'deps']),
        params: readParams(reader, body.params, {
            wdir,
            defaultFile: defaults.defaultParams,
            at: [...at, 'params'],
        }),
        outs: [
            ...readOuts(reader, body.outs, { wdir, metric: false, at: [...at, 'outs'] }),
            ...readOuts(reader, body.metrics, { wdir, metric: true, at: [...at, 'metrics'] }),
        ],
        needs: readNeeds(reader, body.needs, [...at, 'needs']),
        alwaysRun: body.always_run === undefined
            ? false
            : (reader.boolean(body.always_run, [...at, 'always_run'], 'always_run') ?? false),
        frozen: body.frozen === undefined
            ? false
            : (reader.boolean(body.frozen, [...at, 'frozen'], 'frozen') ?? false),
        source: reader.ref(at, 'key'),
    };
}
function readShell(reader, value, at) {
    if (value === undefined)
        return 'bash';
    const text = reader.string(value, at, 'shell');
    if (text === undefined)
        return 'bash';
    if (SHELLS.includes(text))
        return text;
    reader.report(error('invalid-value', `unsupported shell "${text}"`, {
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
    reader.report(error('outside-root', `path "${text}" ${resolved.reason}`, {
        source: reader.ref(at),
        hint: 'paths are relative to the project directory (or the stage wdir) and must stay inside it',
    }));
    return undefined;
}
function readDeps(reader, value, wdir, at) {
    if (value === undefined)
        return [];
    const deps = [];
    reader.list(value, at, 'deps', 'deps: [src/prepare.js, data/raw.csv]').forEach((item, index) => {
        const text = reader.string(item, [...at, index], 'each dep', 'deps: [src/prepare.js, data/raw/]');
        if (text === undefined)
            return;
        const path = projectPath(reader, wdir, text, [...at, index]);
        if (path === undefined)
            return;
        if (path === '') {
            reader.report(error('invalid-value', 'a dep cannot be the whole project directory', {
                source: reader.ref([...at, index]),
                hint: 'name the files or directories the stage reads',
            }));
            return;
        }
        const kind = (0,glob/* isGlob */.fg)(text) ? 'glob' : text.endsWith('/') ? 'dir' : 'file-or-dir';
        deps.push({ path, kind, source: reader.ref([...at, index]) });
    });
    return deps;
}
function readOuts(reader, value, context) {
    if (value === undefined)
        return [];
    const outs = [];
    const what = context.metric ? 'metrics' : 'outs';
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
    else if (isPlainMap(item)) {
        reader.checkKeys(item, context.at, OUT_KEYS, 'in an output');
        pathAt = [...context.at, 'path'];
        text = item.path === undefined ? undefined : reader.string(item.path, pathAt, 'path');
        if (item.path === undefined) {
            reader.report(error('invalid-value', 'an output written as a mapping needs a path', {
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
    if ((0,glob/* isGlob */.fg)(text)) {
        reader.report(error('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
            source: reader.ref(pathAt),
            hint: 'declare the file, or the directory that holds the files (e.g. plots/)',
        }));
        return undefined;
    }
    const path = projectPath(reader, context.wdir, text, pathAt);
    if (path === undefined)
        return undefined;
    if (path === '') {
        reader.report(error('invalid-value', 'an output cannot be the whole project directory', {
            source: reader.ref(pathAt),
        }));
        return undefined;
    }
    return { path, ...options, metric: context.metric, source: reader.ref(pathAt) };
}
function readParams(reader, value, context) {
    if (value === undefined)
        return [];
    const refs = [];
    const example = 'params: [prepare.threshold, {other.yaml: [key]}]';
    const defaultKeys = [];
    const addFileEntry = (file, keys, at) => {
        const path = projectPath(reader, context.wdir, file, at);
        if (path === undefined)
            return;
        if (keys === null || (Array.isArray(keys) && keys.length === 0)) {
            refs.push({ file: path, keys: 'all', source: reader.ref(at, 'key') });
            return;
        }
        refs.push({
            file: path,
            keys: reader.stringList(keys, at, `params of ${file}`, example),
            source: reader.ref(at),
        });
    };
    if (isPlainMap(value)) {
        for (const [file, keys] of Object.entries(value))
            addFileEntry(file, keys, [...context.at, file]);
        return refs;
    }
    reader.list(value, context.at, 'params', example).forEach((item, index) => {
        if (typeof item === 'string' || typeof item === 'number')
            defaultKeys.push(String(item));
        else if (isPlainMap(item)) {
            for (const [file, keys] of Object.entries(item))
                addFileEntry(file, keys, [...context.at, index, file]);
        }
        else
            reader.wrongType([...context.at, index], 'a params entry', 'a dotted key or {file: [keys]}', item, example);
    });
    if (defaultKeys.length > 0) {
        refs.unshift({ file: context.defaultFile, keys: defaultKeys, source: reader.ref(context.at) });
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
            if (!/^[A-Za-z0-9_.-]+$/.test(name)) {
                reader.report(error('invalid-name', `artifact name "${name}" may only use letters, digits, "_", "." and "-"`, {
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

;// CONCATENATED MODULE: ./src/core/manifest/dvc.ts







/**
 * dvc.yaml with DVC's semantics (DVC 3.x): paths are relative to the directory of dvc.yaml and
 * the stage wdir, the default params file is `params.yaml` beside them, `${...}` templating,
 * `foreach`/`do` and `matrix` generate stages named `group@key`. Generated stages point back at
 * the template in the original text, so every diagnostic has the line and column of dvc.yaml.
 */
const dvc_TOP_KEYS = ['stages', 'vars', 'params', 'metrics', 'plots', 'artifacts', 'datasets'];
/** Top-level keys DVC uses for its reports and model registry; they do not change what runs. */
const IGNORED_TOP_KEYS = ['params', 'metrics', 'plots', 'artifacts', 'datasets'];
const dvc_STAGE_KEYS = [
    'cmd',
    'wdir',
    'deps',
    'params',
    'outs',
    'metrics',
    'plots',
    'frozen',
    'always_changed',
    'desc',
    'meta',
    'vars',
];
const FOREACH_KEYS = ['foreach', 'do'];
/** Output options that matter to a run; the others describe the output for DVC's tools. */
const OUT_OPTIONS = ['cache', 'persist'];
const OUT_DESCRIPTIVE = ['desc', 'type', 'labels', 'meta', 'remote', 'push'];
const PLOT_DESCRIPTIVE = ['template', 'x', 'y', 'x_label', 'y_label', 'title', 'header'];
const UNSUPPORTED_OUT = ['checkpoint'];
const JOIN = '@';
const DVC_PARAMS_FILE = 'params.yaml';
const stageInfo = new WeakMap();
function dvcStageInfo(stage) {
    return stageInfo.get(stage);
}
/** Turns a parsed dvc.yaml into a Pipeline, or every problem found. */
async function readDvcManifest(file, doc, load) {
    const reader = new DocReader(file);
    const base = (0,paths/* parentDir */.Qp)(file);
    const top = reader.map(doc ?? {}, [], 'dvc.yaml', 'stages: {prepare: {cmd: ...}}');
    if (!top)
        return err(reader.diagnostics);
    reader.checkKeys(top, [], dvc_TOP_KEYS, `at the top level of ${file}`);
    const ignored = IGNORED_TOP_KEYS.filter((k) => top[k] !== undefined);
    if (ignored.length > 0) {
        reader.report(notice('unsupported', `${file}: top-level ${ignored.map((k) => `"${k}"`).join(', ')} ignored (used by DVC's reports, not by runs)`));
    }
    const loader = new VarsLoader(reader, load);
    const context = {};
    const sources = new Map();
    await loader.loadDefault((0,paths/* joinPath */.uJ)(base, DVC_PARAMS_FILE), context, sources);
    if (top.vars !== undefined)
        await loader.loadList(top.vars, ['vars'], base, context, sources, '');
    const stages = [];
    const seen = new Map();
    if (top.stages === undefined || top.stages === null) {
        reader.report(error('invalid-value', `${file} declares no stages`, {
            source: reader.ref([]),
            hint: 'add a `stages:` mapping, e.g.\nstages:\n  prepare:\n    cmd: python prepare.py\n    outs: [data/clean.csv]',
        }));
    }
    const map = top.stages === undefined || top.stages === null
        ? {}
        : (reader.map(top.stages, ['stages'], 'stages', 'stages: {prepare: {cmd: ...}}') ?? {});
    for (const [name, definition] of Object.entries(map)) {
        if (!/^[^:@/\\\s]+$/.test(name)) {
            reader.report(error('invalid-name', `stage name "${name}" may not contain ":", "@", "/", "\\" or spaces`, {
                source: reader.ref(['stages', name], 'key'),
                hint: '"@" is reserved for the names DVC generates from foreach and matrix',
            }));
            continue;
        }
        for (const generated of expand(reader, name, definition, context, sources)) {
            const previous = seen.get(generated.name);
            if (previous) {
                reader.report(error('invalid-name', `stage "${generated.name}" is generated twice`, {
                    source: reader.ref(['stages', name], 'key'),
                    hint: 'foreach values (or matrix combinations) must give distinct names',
                }));
                continue;
            }
            seen.set(generated.name, generated.at);
            const stage = await dvc_readStage(reader, loader, base, generated);
            if (stage)
                stages.push(stage);
        }
    }
    // A template generates many stages: report each of its problems once.
    const diagnostics = dedupe(reader.diagnostics);
    const notices = diagnostics.filter((d) => d.severity !== 'error');
    if (hasErrors(diagnostics))
        return err(diagnostics);
    return ok({
        manifestFile: file,
        format: 'dvc',
        stages,
        publish: { artifacts: [] },
        ...(notices.length > 0 ? { notices } : {}),
    });
}
/** One stage, or the stages a foreach/matrix group generates. */
function expand(reader, name, definition, context, sources) {
    const at = ['stages', name];
    const body = reader.map(definition, at, `stage "${name}"`, '{cmd: ..., deps: [...], outs: [...]}');
    if (!body)
        return [];
    const fail = (path, message, hint) => reader.report(error('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        ...(hint ? { hint } : {}),
    }));
    if (body.matrix !== undefined) {
        for (const key of ['foreach', 'do'])
            if (body[key] !== undefined)
                reader.report(error('unknown-key', `"${key}" cannot be used together with "matrix"`, {
                    source: reader.ref([...at, key], 'key'),
                    hint: 'a matrix stage is written like a plain stage plus `matrix:`',
                }));
        const matrix = resolveDeep(body.matrix, context, 'matrix', (p, m) => fail(['matrix', ...p], m));
        if (!isMap(matrix)) {
            reader.wrongType([...at, 'matrix'], 'matrix', 'a mapping of lists', matrix, '{model: [a, b]}');
            return [];
        }
        const axes = [];
        for (const [axis, values] of Object.entries(matrix)) {
            if (!Array.isArray(values)) {
                reader.wrongType([...at, 'matrix', axis], `matrix.${axis}`, 'a list', values, '[a, b]');
                return [];
            }
            axes.push([axis, values]);
        }
        const template = Object.fromEntries(Object.entries(body).filter(([k]) => k !== 'matrix'));
        return product(axes).map((combination) => {
            const item = {};
            const fragments = [];
            for (const [axis, index, value] of combination) {
                item[axis] = value;
                fragments.push(typeof value === 'object' && value !== null ? `${axis}${index}` : toStr(value));
            }
            const key = fragments.join('-');
            return {
                name: `${name}${JOIN}${key}`,
                body: template,
                at,
                context: { ...context, key, item },
                sources,
            };
        });
    }
    if (body.foreach !== undefined || body.do !== undefined) {
        reader.checkKeys(body, at, FOREACH_KEYS, `in foreach stage "${name}"`);
        if (body.do === undefined) {
            reader.report(error('invalid-value', `foreach stage "${name}" has no "do"`, {
                source: reader.ref(at, 'key'),
                hint: 'put the stage template under `do:`, using ${item} (and ${key} for a mapping)',
            }));
            return [];
        }
        if (body.foreach === undefined) {
            reader.report(error('unknown-key', `"do" needs "foreach" in stage "${name}"`, {
                source: reader.ref([...at, 'do'], 'key'),
                hint: 'add `foreach:` with a list or mapping to generate stages from',
            }));
            return [];
        }
        const iterable = resolveDeep(body.foreach, context, 'foreach', (p, m) => fail(['foreach', ...p], m));
        let entries;
        if (isMap(iterable)) {
            entries = Object.entries(iterable).map(([k, v]) => ({ key: k, item: v, withKey: true }));
        }
        else if (Array.isArray(iterable)) {
            const composite = iterable.some((v) => typeof v === 'object' && v !== null);
            entries = iterable.map((v, index) => ({
                key: composite ? String(index) : toStr(v),
                item: v,
                withKey: false,
            }));
        }
        else {
            reader.wrongType([...at, 'foreach'], 'foreach', 'a list or a mapping', iterable, '[us, eu]');
            return [];
        }
        return entries.map(({ key, item, withKey }) => ({
            name: `${name}${JOIN}${key}`,
            body: body.do,
            at: [...at, 'do'],
            context: withKey ? { ...context, item, key } : { ...context, item },
            sources,
        }));
    }
    return [{ name, body, at, context, sources }];
}
function product(axes) {
    let combinations = [[]];
    for (const [axis, values] of axes) {
        const next = [];
        for (const combination of combinations)
            values.forEach((value, index) => next.push([...combination, [axis, index, value]]));
        combinations = next;
    }
    return combinations;
}
async function dvc_readStage(reader, loader, base, generated) {
    const { name, at } = generated;
    const body = reader.map(generated.body, at, `stage "${name}"`, '{cmd: ..., outs: [...]}');
    if (!body)
        return undefined;
    reader.checkKeys(body, at, dvc_STAGE_KEYS, `in stage "${name}"`);
    const before = reader.diagnostics.length;
    const fail = (path, message) => reader.report(error('invalid-value', `failed to parse 'stages.${name}.${path.join('.')}': ${message}`, {
        source: reader.ref([...at, ...path]),
        hint: 'every ${...} must name a value from vars, params.yaml, or foreach/matrix (item, key)',
    }));
    let context = generated.context;
    // wdir first: stage-level vars files are relative to it.
    let wdirText = '.';
    if (body.wdir !== undefined) {
        const resolved = resolveDeep(body.wdir, context, 'wdir', (p, m) => fail(['wdir', ...p], m));
        wdirText = reader.scalarString(resolved, [...at, 'wdir'], 'wdir') ?? '.';
    }
    const wdir = projectPath(reader, base, wdirText, [...at, 'wdir']) ?? base;
    if (body.vars !== undefined) {
        const local = structuredClone(context);
        const sources = new Map(generated.sources);
        await loader.loadList(body.vars, [...at, 'vars'], wdir, local, sources, `${name}.`);
        context = local;
    }
    const resolved = {};
    for (const [key, value] of Object.entries(body)) {
        if (key === 'vars' || key === 'wdir')
            continue;
        resolved[key] = resolveDeep(value, context, key, (p, m) => fail([key, ...p], m));
    }
    if (resolved.cmd === undefined) {
        reader.report(error('invalid-value', `stage "${name}" has no cmd`, {
            source: reader.ref(at, 'key'),
            hint: 'add the command that produces its outputs, e.g. `cmd: python src/prepare.py`',
        }));
    }
    const cmd = resolved.cmd === undefined
        ? []
        : reader
            .stringList(resolved.cmd, [...at, 'cmd'], 'cmd', 'cmd: python train.py')
            .filter((c) => c.trim() !== '');
    const flag = (key) => resolved[key] === undefined
        ? false
        : (reader.boolean(resolved[key], [...at, key], key) ?? false);
    const outs = [
        ...dvc_readOuts(reader, resolved.outs, { wdir, kind: 'outs', at: [...at, 'outs'] }),
        ...dvc_readOuts(reader, resolved.metrics, { wdir, kind: 'metrics', at: [...at, 'metrics'] }),
        ...dvc_readOuts(reader, resolved.plots, { wdir, kind: 'plots', at: [...at, 'plots'] }),
    ];
    const stage = {
        name,
        ...(resolved.desc !== undefined
            ? { desc: reader.scalarString(resolved.desc, [...at, 'desc'], 'desc') ?? '' }
            : {}),
        cmd,
        wdir,
        env: {},
        shell: 'bash',
        deps: readDeps(reader, resolved.deps, wdir, [...at, 'deps']),
        params: readParams(reader, resolved.params, {
            wdir,
            defaultFile: (0,paths/* joinPath */.uJ)(wdir, DVC_PARAMS_FILE),
            at: [...at, 'params'],
        }),
        outs,
        needs: [],
        alwaysRun: flag('always_changed'),
        frozen: flag('frozen'),
        source: reader.ref(['stages', name.split(JOIN)[0]], 'key'),
    };
    if (hasErrors(reader.diagnostics.slice(before)))
        return undefined;
    stageInfo.set(stage, { cmdIsList: Array.isArray(resolved.cmd) });
    return stage;
}
/** `- path` or `- path: {cache: false, persist: true, ...}` (DVC's form: the path is the key). */
function dvc_readOuts(reader, value, context) {
    if (value === undefined || value === null)
        return [];
    const outs = [];
    const example = `${context.kind}: [data/clean.csv, {model.pkl: {cache: false}}]`;
    reader.list(value, context.at, context.kind, example).forEach((item, index) => {
        const at = [...context.at, index];
        let text;
        let pathAt = at;
        const options = { cache: true, persist: false };
        if (typeof item === 'string')
            text = item;
        else if (isMap(item) && Object.keys(item).length === 1) {
            const [path, raw] = Object.entries(item)[0];
            text = path;
            pathAt = [...at, path];
            const opts = raw === null || raw === undefined ? {} : reader.map(raw, pathAt, `options of ${path}`);
            for (const [key, v] of Object.entries(opts ?? {})) {
                if (OUT_OPTIONS.includes(key)) {
                    const b = reader.boolean(v, [...pathAt, key], key);
                    if (b !== undefined)
                        options[key] = b;
                }
                else if (UNSUPPORTED_OUT.includes(key)) {
                    reader.report(error('unsupported', `"${key}" outputs are not supported (DVC 3 removed them too)`, {
                        source: reader.ref([...pathAt, key], 'key'),
                        hint: 'remove the option; the output is then a plain output',
                    }));
                }
                else if (!OUT_DESCRIPTIVE.includes(key) &&
                    !(context.kind === 'plots' && PLOT_DESCRIPTIVE.includes(key))) {
                    const allowed = [
                        ...OUT_OPTIONS,
                        ...OUT_DESCRIPTIVE,
                        ...(context.kind === 'plots' ? PLOT_DESCRIPTIVE : []),
                    ];
                    reader.checkKeys({ [key]: v }, pathAt, allowed, `in an output of ${context.kind}`);
                }
            }
        }
        else {
            reader.wrongType(at, `an entry of ${context.kind}`, 'a path or {path: {cache: false}}', item, example);
            return;
        }
        if ((0,glob/* isGlob */.fg)(text)) {
            reader.report(error('invalid-value', `output "${text}" is a glob; outputs must be exact paths`, {
                source: reader.ref(pathAt, pathAt === at ? 'value' : 'key'),
                hint: 'declare the file, or the directory that holds the files',
            }));
            return;
        }
        const path = projectPath(reader, context.wdir, text, pathAt);
        if (path === undefined)
            return;
        if (path === '') {
            reader.report(error('invalid-value', 'an output cannot be the whole project directory', {
                source: reader.ref(pathAt),
            }));
            return;
        }
        outs.push({
            path,
            ...options,
            metric: context.kind === 'metrics',
            source: reader.ref(pathAt, pathAt === at ? 'value' : 'key'),
        });
    });
    return outs;
}
/** Loads `vars` entries (files, `file:key1,key2`, inline mappings) into a context, DVC's way. */
class VarsLoader {
    reader;
    load;
    files = new Map();
    constructor(reader, load) {
        this.reader = reader;
        this.load = load;
    }
    async loadDefault(path, context, sources) {
        const value = await this.file(path, undefined);
        if (value === undefined)
            return;
        this.merge(context, value, path, sources, []);
    }
    async loadList(value, at, dir, context, sources, prefix) {
        if (usesTemplate(value)) {
            this.reader.report(error('invalid-value', `failed to parse '${at.join('.')}': interpolating is not allowed`, {
                source: this.reader.ref(at),
                hint: 'vars entries are file names or plain values; ${...} cannot be used in them',
            }));
            return;
        }
        const items = Array.isArray(value) ? value : [value];
        for (const [index, item] of items.entries()) {
            const itemAt = Array.isArray(value) ? [...at, index] : at;
            if (typeof item === 'string') {
                const [name, keys] = splitOnce(item, ':');
                const path = projectPath(this.reader, dir, name, itemAt);
                if (path === undefined)
                    continue;
                const loaded = await this.file(path, itemAt);
                if (loaded === undefined)
                    continue;
                let selected = isMap(loaded) ? loaded : {};
                if (keys) {
                    selected = {};
                    for (const key of keys.split(',').filter(Boolean)) {
                        if (!isMap(loaded) || !(key in loaded)) {
                            this.reader.report(error('invalid-value', `could not find '${key}' in ${path}`, {
                                source: this.reader.ref(itemAt),
                            }));
                            continue;
                        }
                        selected[key] = loaded[key];
                    }
                }
                this.merge(context, selected, path, sources, itemAt);
            }
            else if (isMap(item)) {
                this.merge(context, item, `${prefix}vars[${index}]`, sources, itemAt);
            }
            else {
                this.reader.wrongType(itemAt, 'a vars entry', 'a file name or a mapping', item, 'vars: [config.yaml, {seed: 1}]');
            }
        }
    }
    merge(context, value, source, sources, at) {
        if (!isMap(value))
            return;
        try {
            mergeVars(context, value, source, sources);
        }
        catch (e) {
            if (!(e instanceof TemplateError))
                throw e;
            this.reader.report(error('invalid-value', e.message, {
                source: this.reader.ref(at),
                hint: 'each name may be defined once across params.yaml and vars (mappings merge)',
            }));
        }
    }
    /** The parsed file; undefined when missing (reported when `at` is given) or invalid. */
    async file(path, at) {
        if (/\.(toml|py)$/i.test(path)) {
            this.reader.report(error('unsupported', `vars and params files in ${path.slice(path.lastIndexOf('.'))} format are not supported`, {
                ...(at ? { source: this.reader.ref(at) } : {}),
                hint: 'use a YAML or JSON file',
            }));
            return undefined;
        }
        let pending = this.files.get(path);
        if (!pending) {
            pending = this.load(path).then((loaded) => {
                if (loaded === undefined)
                    return { state: 'missing' };
                if (!loaded.ok) {
                    for (const d of loaded.diagnostics)
                        this.reader.report(d);
                    return { state: 'invalid' };
                }
                return { state: 'ok', value: loaded.value ?? {} };
            });
            this.files.set(path, pending);
        }
        const loaded = await pending;
        if (loaded.state === 'missing' && at !== undefined) {
            this.reader.report(error('missing-params-file', `vars file "${path}" does not exist`, {
                source: this.reader.ref(at),
                hint: 'vars file paths are relative to dvc.yaml (or the stage wdir for stage-level vars)',
            }));
        }
        return loaded.state === 'ok' ? loaded.value : undefined;
    }
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
function dedupe(diagnostics) {
    const seen = new Set();
    return diagnostics.filter((d) => {
        const id = d.source ? `${d.code}@${JSON.stringify(d.source)}` : `${d.code}:${d.message}`;
        if (seen.has(id))
            return false;
        seen.add(id);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/core/params.ts


/** The values a stage's params select, as `file:key` → value (`file` → whole file). */
function selectParams(refs, files) {
    const values = {};
    const diagnostics = [];
    for (const ref of refs) {
        const doc = files.get(ref.file);
        if (doc === undefined) {
            diagnostics.push(error('missing-params-file', `params file "${ref.file}" does not exist`, {
                source: ref.source,
                hint: `create ${ref.file}, or point \`params:\` at the file that holds these values`,
            }));
            continue;
        }
        if (ref.keys === 'all') {
            values[ref.file] = doc;
            continue;
        }
        for (const key of ref.keys) {
            const found = lookup(doc, key);
            if (found.found) {
                values[`${ref.file}:${key}`] = found.value;
                continue;
            }
            const guess = closest(key, flattenKeys(doc));
            diagnostics.push(error('missing-param', `param "${key}" is not in ${ref.file}`, {
                source: ref.source,
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

;// CONCATENATED MODULE: ./src/engine/project.ts








const MANIFEST_CANDIDATES = ['reprokit.yml', 'reprokit.yaml', 'dvc.yaml'];
/** Picks the manifest reader by file name: dvc.yaml gets DVC's semantics, anything else ours. */
function readerFor(file) {
    if (file === 'dvc.yaml' || file.endsWith('/dvc.yaml'))
        return readDvcManifest;
    return readReprokitManifest;
}
/** Reads, validates and connects the pipeline; checks it against the workspace. */
async function loadProject(workspace, manifestFile) {
    const texts = new Map();
    const locator = new Locator(texts);
    const fail = (diagnostics) => err({ diagnostics, locator });
    const text = await workspace.readText(manifestFile);
    if (text === undefined) {
        return fail([
            error('no-manifest', `${manifestFile} not found in ${workspace.root}`, {
                hint: 'run reprokit in the project directory (or pass -C DIR / -f FILE), or create reprokit.yml: see docs/manifest.md',
            }),
        ]);
    }
    texts.set(manifestFile, text);
    const parsed = parseYaml(manifestFile, text);
    if (!parsed.ok)
        return fail(parsed.error);
    const files = async (path) => {
        const found = await workspace.readText(path);
        if (found === undefined)
            return undefined;
        texts.set(path, found);
        const value = parseYaml(path, found);
        return value.ok ? { ok: true, value: value.value } : { ok: false, diagnostics: value.error };
    };
    const pipeline = await readerFor(manifestFile)(manifestFile, parsed.value, files);
    if (!pipeline.ok)
        return fail(pipeline.error);
    const graph = buildGraph(pipeline.value);
    if (!graph.ok)
        return fail(graph.error);
    const params = await readStageParams(workspace, pipeline.value, texts);
    const problems = [
        ...(pipeline.value.notices ?? []),
        ...params.diagnostics,
        ...(await checkWorkspace(workspace, graph.value, pipeline.value)),
    ];
    if (problems.some((d) => d.severity === 'error'))
        return fail(problems);
    return ok({
        pipeline: pipeline.value,
        graph: graph.value,
        locator,
        params: params.values,
        notices: problems,
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
        const parsed = parseYaml(file, text);
        if (parsed.ok)
            files.set(file, parsed.value ?? {});
        else
            diagnostics.push(...parsed.error);
    }
    const values = new Map();
    for (const stage of pipeline.stages) {
        const selected = selectParams(stage.params.filter((p) => files.has(p.file) || !texts.has(p.file)), files);
        values.set(stage.name, selected.values);
        diagnostics.push(...selected.diagnostics);
    }
    return { values, diagnostics: project_dedupe(diagnostics) };
}
function project_dedupe(diagnostics) {
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
            if (dep.kind === 'glob' || graph.producers.overlapping(dep.path).length > 0)
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
                if (!(e instanceof ports/* WorkspaceEscape */.J))
                    throw e;
                diagnostics.push(error('outside-root', `output ${out.path} of stage "${stage.name}" would be written through ${e.path}, a symlink to ${e.target} outside the project`, {
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
async function existsInside(workspace, path, holder, what) {
    try {
        const info = await workspace.info(path);
        // Walking a directory now finds escaping symlinks before anything runs (the listing is kept).
        if (info?.kind === 'dir')
            await workspace.listFiles(path);
        if (info)
            return undefined;
        return error('missing-dep', `${path} does not exist and no stage produces it (${what})`, {
            source: holder.source,
            hint: 'create the file, fix the path (paths are relative to the stage wdir), or add the stage that writes it with this path in its outs',
        });
    }
    catch (e) {
        if (e instanceof ports/* WorkspaceEscape */.J) {
            return error('outside-root', `${path} is a symlink to ${e.target}, outside the project (${what})`, {
                source: holder.source,
                hint: 'copy the data into the project, or declare the files inside it; reprokit never reads or writes outside the project',
            });
        }
        throw e;
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/adapters/hashing/file-hasher.ts + 4 modules
var file_hasher = __webpack_require__(6220);
// EXTERNAL MODULE: ./src/core/record-check.ts
var record_check = __webpack_require__(8619);
;// CONCATENATED MODULE: ./src/adapters/local/atomic.ts


let counter = 0;
/** Writes via a temporary file and rename, so readers never see half a file. */
function writeFileAtomic(file, data) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const tmp = `${file}.${process.pid}.${counter++}.tmp`;
    (0,external_node_fs_.writeFileSync)(tmp, data);
    (0,external_node_fs_.renameSync)(tmp, file);
}
/** Synchronous on purpose: thousands of small reads are several times faster without promises. */
async function readJson(file) {
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(file, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/** Stage names become file names: keep them unambiguous and free of dots-only names. */
function stageFileName(stage) {
    return `s-${encodeURIComponent(stage)}.json`;
}

;// CONCATENATED MODULE: ./src/adapters/local/local-cache.ts





let local_cache_counter = 0;
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
    constructor(dir, toAbsolute) {
        this.dir = dir;
        this.toAbsolute = toAbsolute;
    }
    objectPath(digest) {
        return (0,external_node_path_.join)(this.dir, 'objects', digest.slice(0, 2), digest);
    }
    async lookup(stage, key) {
        return (0,record_check/* checkRecord */.E)(await readJson((0,external_node_path_.join)(this.dir, 'entries', `${key}.json`)), { stage, key });
    }
    async latest(stage) {
        return (0,record_check/* checkRecord */.E)(await readJson((0,external_node_path_.join)(this.dir, 'latest', stageFileName(stage))), { stage });
    }
    async save(record) {
        try {
            const entry = (0,external_node_path_.join)(this.dir, 'entries', `${record.key}.json`);
            if ((0,external_node_fs_.existsSync)(entry))
                return { ok: true, bytes: 0 }; // entries are immutable, like the Actions cache
            let bytes = 0;
            for (const file of cachedFiles(record))
                bytes += this.store(file);
            const json = JSON.stringify(record);
            writeFileAtomic(entry, json);
            writeFileAtomic((0,external_node_path_.join)(this.dir, 'latest', stageFileName(record.stage)), json);
            return { ok: true, bytes };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
    /** Copies a workspace file into the store unless its content is already there. */
    store(file) {
        const target = this.objectPath(file.digest);
        if ((0,external_node_fs_.existsSync)(target))
            return 0;
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(target, '..'), { recursive: true });
        const tmp = `${target}.${process.pid}.${local_cache_counter++}.tmp`;
        (0,external_node_fs_.copyFileSync)(this.toAbsolute(file.path), tmp);
        const actual = (0,file_hasher/* sha256File */.Q3)(tmp, (0,external_node_fs_.statSync)(tmp).size);
        if (actual !== file.digest) {
            (0,external_node_fs_.rmSync)(tmp, { force: true });
            throw new Error(`${file.path} changed while it was being saved`);
        }
        (0,external_node_fs_.renameSync)(tmp, target);
        return file.size;
    }
    async restore(record) {
        const files = cachedFiles(record);
        // Verify every object before touching the workspace: a bad entry must not leave half an output.
        for (const file of files) {
            const object = this.objectPath(file.digest);
            if (!(0,external_node_fs_.existsSync)(object))
                return { ok: false, reason: `object for ${file.path} is missing` };
            if ((0,file_hasher/* sha256File */.Q3)(object, (0,external_node_fs_.statSync)(object).size) !== file.digest) {
                (0,external_node_fs_.rmSync)(object, { force: true });
                return {
                    ok: false,
                    reason: `object for ${file.path} is corrupt (content does not match its hash); removed it`,
                };
            }
        }
        try {
            let bytes = 0;
            for (const output of record.outputs.filter((o) => o.cached))
                (0,external_node_fs_.rmSync)(this.toAbsolute(output.path), { recursive: true, force: true });
            for (const file of files) {
                const target = this.toAbsolute(file.path);
                (0,external_node_fs_.mkdirSync)((0,external_node_path_.join)(target, '..'), { recursive: true });
                const tmp = `${target}.${process.pid}.${local_cache_counter++}.tmp`;
                (0,external_node_fs_.copyFileSync)(this.objectPath(file.digest), tmp);
                (0,external_node_fs_.chmodSync)(tmp, file.executable ? 0o755 : 0o644);
                (0,external_node_fs_.renameSync)(tmp, target);
                bytes += file.size;
            }
            return { ok: true, bytes };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
}
function cachedFiles(record) {
    return record.outputs.filter((o) => o.cached).flatMap((o) => o.files);
}

// EXTERNAL MODULE: ./src/adapters/local/node-workspace.ts
var node_workspace = __webpack_require__(5390);
// EXTERNAL MODULE: ./src/adapters/local/process-runner.ts
var process_runner = __webpack_require__(2496);
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
        return this.index.size;
    }
    /** The entry of a path, or -1. */
    find(path) {
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
     * `find(path)`. The caller must not pass a file that changed less
     * than a second ago (the hashing kernel flags those RECENT): `forget` it instead.
     */
    remember(path, entry, stat, statAt, digest, at) {
        // `find` said no, but a concurrent batch may have added the path since.
        if (entry < 0)
            entry = this.index.get(path) ?? -1;
        if (entry < 0) {
            entry = this.count++;
            this.reserve(this.count);
            this.paths[entry] = path;
            this.index.set(path, entry);
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
    clear() {
        this.index.clear();
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
        if (this.index.size !== this.count || this.count > MAX_ENTRIES)
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
    }
}
function align8(n) {
    return (n + 7) & ~7;
}

;// CONCATENATED MODULE: ./src/adapters/local/state-store.ts



/**
 * What this checkout last ran: an append-only log of stage records, one JSON line each, under
 * `.reprokit/state.jsonl`. Reading it is one file read however many stages there are; each
 * record is appended the moment its stage finishes, so an interrupted run keeps what it did. The
 * last line for a stage wins; a torn last line (a crash mid-write) is ignored. The log is
 * rewritten with only the live records when it has grown to twice their number.
 */
class LogStateStore {
    file;
    records;
    lines = 0;
    constructor(file) {
        this.file = file;
    }
    load() {
        if (this.records)
            return this.records;
        const records = new Map();
        let text = '';
        try {
            text = (0,external_node_fs_.readFileSync)(this.file, 'utf8');
        }
        catch {
            text = '';
        }
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
        records.set(record.stage, record);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(this.file), { recursive: true });
        (0,external_node_fs_.appendFileSync)(this.file, JSON.stringify(record) + '\n');
        this.lines++;
    }
    /** Drops superseded lines once they outnumber the live ones. */
    compact() {
        const records = this.records;
        if (!records || this.lines <= Math.max(16, 2 * records.size))
            return;
        const tmp = `${this.file}.${process.pid}.tmp`;
        (0,external_node_fs_.writeFileSync)(tmp, [...records.values()].map((r) => JSON.stringify(r) + '\n').join(''));
        (0,external_node_fs_.renameSync)(tmp, this.file);
        this.lines = records.size;
    }
}

;// CONCATENATED MODULE: ./src/entry/compose.ts







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
    const cache = setup.cache === 'none' ? undefined : (setup.cache ?? new LocalCache(cacheDir, toAbsolute));
    const hasher = new file_hasher/* FileHasher */.gp(toAbsolute, statCache, { root: setup.root });
    const baseEnv = {};
    for (const [name, value] of Object.entries(setup.env))
        if (value !== undefined)
            baseEnv[name] = value;
    const services = {
        workspace,
        hasher: journaled(hasher, setup.journal),
        ...(cache ? { cache } : {}),
        cacheAccess: setup.cacheAccess ?? { read: true, write: true },
        state,
        runner: new process_runner/* ProcessRunner */.S(),
        sha256: file_hasher/* sha256Text */.f1,
        emit: setup.emit,
        now: () => Date.now(),
        baseEnv,
    };
    return {
        services,
        workspace,
        flush: () => {
            hasher.save();
            state.compact();
        },
    };
}
/** Notes every hashed file in the journal. */
function journaled(hasher, journal) {
    if (!journal)
        return hasher;
    return {
        hashFiles: (paths) => {
            for (const path of paths)
                journal.add(path);
            return hasher.hashFiles(paths);
        },
    };
}

;// CONCATENATED MODULE: ./src/entry/cli/args.ts

const COMMANDS = [
    'run',
    'status',
    'plan',
    'dag',
    'init',
    'help',
    'version',
];
class UsageError extends Error {
}
const FLAGS = {
    '-C': { takesValue: true, commands: 'all', apply: (a, v) => (a.directory = v) },
    '--directory': { takesValue: true, commands: 'all', apply: (a, v) => (a.directory = v) },
    '-f': { takesValue: true, commands: 'all', apply: (a, v) => (a.manifest = v) },
    '--manifest': { takesValue: true, commands: 'all', apply: (a, v) => (a.manifest = v) },
    '--cache-dir': { takesValue: true, commands: 'all', apply: (a, v) => (a.cacheDir = v) },
    '--json': {
        takesValue: false,
        commands: ['run', 'status', 'plan', 'dag', 'init'],
        apply: (a) => ((a.json = true), (a.dagFormat = 'json')),
    },
    '--force': {
        takesValue: true,
        // init --force (overwrite) takes no value
        noValueFor: ['init'],
        commands: ['run', 'plan', 'init'],
        apply: (a, v) => a.command === 'init'
            ? (a.overwrite = true)
            : (a.force = [...a.force, ...v.split(',').filter(Boolean)]),
    },
    '--template': { takesValue: true, commands: ['init'], apply: (a, v) => (a.template = v) },
    '-t': { takesValue: true, commands: ['init'], apply: (a, v) => (a.template = v) },
    '--max-waves': {
        takesValue: true,
        commands: ['plan'],
        apply: (a, v) => (a.maxWaves = positiveInt('--max-waves', v)),
    },
    '--max-groups': {
        takesValue: true,
        commands: ['plan'],
        apply: (a, v) => (a.maxGroups = positiveInt('--max-groups', v)),
    },
    '--actions-cache': {
        takesValue: false,
        commands: ['plan'],
        apply: (a) => (a.actionsCache = true),
    },
    '--cache-salt': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.cacheSalt = v) },
    '--output': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.output = v) },
    '-o': { takesValue: true, commands: ['plan'], apply: (a, v) => (a.output = v) },
    '--force-all': { takesValue: false, commands: ['run'], apply: (a) => (a.forceAll = true) },
    '--write-dvc-lock': {
        takesValue: false,
        commands: ['run'],
        apply: (a) => (a.writeDvcLock = true),
    },
    '--dry-run': { takesValue: false, commands: ['run'], apply: (a) => (a.dryRun = true) },
    '-n': { takesValue: false, commands: ['run'], apply: (a) => (a.dryRun = true) },
    '--jobs': {
        takesValue: true,
        commands: ['run'],
        apply: (a, v) => (a.jobs = positiveInt('--jobs', v)),
    },
    '-j': { takesValue: true, commands: ['run'], apply: (a, v) => (a.jobs = positiveInt('-j', v)) },
    '--keep-going': { takesValue: false, commands: ['run'], apply: (a) => (a.keepGoing = true) },
    '-k': { takesValue: false, commands: ['run'], apply: (a) => (a.keepGoing = true) },
    '--no-restore': { takesValue: false, commands: ['run'], apply: (a) => (a.restore = false) },
    '--no-cache': {
        takesValue: false,
        commands: ['run', 'status', 'plan'],
        apply: (a) => (a.noCache = true),
    },
    '--mermaid': { takesValue: false, commands: ['dag'], apply: (a) => (a.dagFormat = 'mermaid') },
    '--dot': { takesValue: false, commands: ['dag'], apply: (a) => (a.dagFormat = 'dot') },
    '--help': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'help') },
    '-h': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'help') },
    '--version': { takesValue: false, commands: 'all', apply: (a) => (a.command = 'version') },
};
function positiveInt(flag, value) {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1)
        throw new UsageError(`${flag} needs a whole number of at least 1, not "${value}"`);
    return n;
}
/** The first word that is neither an option nor an option's value (`reprokit -C dir run`). */
function commandIndex(tokens) {
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token === '--')
            return -1;
        if (!token.startsWith('-') || token === '-')
            return i;
        if (FLAGS[token]?.takesValue)
            i++;
    }
    return -1;
}
function parseArgs(argv) {
    const args = {
        command: 'help',
        stages: [],
        json: false,
        force: [],
        forceAll: false,
        dryRun: false,
        keepGoing: false,
        restore: true,
        noCache: false,
        dagFormat: 'text',
    };
    const rest = [...argv];
    const at = commandIndex(rest);
    if (at >= 0) {
        const [word] = rest.splice(at, 1);
        if (!COMMANDS.includes(word)) {
            const guess = closest(word, COMMANDS);
            throw new UsageError(`unknown command "${word}"${guess ? `: did you mean "${guess}"?` : ''}`);
        }
        args.command = word;
    }
    const command = args.command;
    const stages = [];
    while (rest.length > 0) {
        const token = rest.shift();
        if (token === '--') {
            stages.push(...rest.splice(0));
            break;
        }
        if (!token.startsWith('-') || token === '-') {
            stages.push(token);
            continue;
        }
        const [name, inline] = token.startsWith('--') && token.includes('=')
            ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)]
            : [token, undefined];
        const spec = FLAGS[name];
        if (!spec) {
            const guess = closest(name, Object.keys(FLAGS));
            throw new UsageError(`unknown option ${name}${guess ? `: did you mean ${guess}?` : ''}`);
        }
        if (spec.commands !== 'all' && !spec.commands.includes(command)) {
            throw new UsageError(`${name} does not apply to "reprokit ${command}"`);
        }
        let value = inline ?? '';
        if (spec.takesValue && !spec.noValueFor?.includes(command) && inline === undefined) {
            const next = rest.shift();
            if (next === undefined)
                throw new UsageError(`${name} needs a value`);
            value = next;
        }
        spec.apply(args, value);
    }
    args.stages = stages;
    return args;
}
const HELP = `reprokit: incremental, cached data pipelines

Usage: reprokit <command> [options] [STAGE...]

Commands:
  run [STAGE...]     bring the stages (default: all) and what they need up to date
  status [STAGE...]  say per stage: fresh, cached (would be restored) or stale (would run), and why
  plan [STAGE...]    status, plus the stale stages grouped into waves for parallel CI jobs
  dag                print the pipeline graph
  init               write a starter manifest and workflow into the project (see templates/)
  help, version

Options for every command:
  -C, --directory DIR   project directory (default: the current one)
  -f, --manifest FILE   manifest inside the project (default: reprokit.yml, else dvc.yaml)
      --cache-dir DIR   local cache store (default: .reprokit/cache; env REPROKIT_CACHE_DIR)

run:
      --force STAGE     run STAGE even if it is fresh (repeat, or comma-separated)
      --force-all       run every selected stage
  -n, --dry-run         show what would run, run nothing
  -j, --jobs N          run up to N stages at once (default: number of CPUs)
  -k, --keep-going      after a failure, go on with stages that do not depend on it
      --no-restore      restore only the cached outputs that stages that run read
      --no-cache        neither read nor write the cache
      --json            print the result as JSON on stdout (logs go to stderr)
      --write-dvc-lock  dvc.yaml projects: write dvc.lock (DVC's md5 hashes) after the run
status:   --json, --no-cache
plan:     --json, --no-cache, --force STAGE
      --max-waves N     wave jobs in the workflow (default 4); deeper waves merge into the last
      --max-groups N    parallel jobs per wave (default 4)
      --actions-cache   read the GitHub Actions cache (in a workflow, with the runtime token)
      --cache-salt S    the action's cache-salt, with --actions-cache
  -o, --output FILE     write the JSON to FILE (the cache client logs to standard output)
init:
  -t, --template NAME   python (default), r, snakemake, make, quarto, scheduled
      --json            print what was written as JSON
      --force           overwrite files that exist
dag:      --mermaid | --dot | --json

Exit codes: 0 ok, 1 a stage failed, 2 invalid manifest or usage, 130 interrupted.
`;

// EXTERNAL MODULE: ./src/entry/cli/reporter.ts + 1 modules
var cli_reporter = __webpack_require__(5309);
// EXTERNAL MODULE: ./src/entry/cli/output.ts
var output = __webpack_require__(368);
// EXTERNAL MODULE: ./src/entry/cli/noop-snapshot.ts
var noop_snapshot = __webpack_require__(3402);
;// CONCATENATED MODULE: ./src/entry/cli/templates.generated.ts
// Generated from templates/ by scripts/gen-templates.mjs: do not edit.
// Run `npm run templates` after changing templates/; a test checks that this file is current.
const TEMPLATES = [
    {
        name: 'make',
        title: 'wrapping a Makefile (manual runs)',
        files: {
            '.github/workflows/reprokit.yml': "# A manual run: Actions → reprokit → Run workflow, choosing the stages and what to force.\nname: reprokit\non:\n  workflow_dispatch:\n    inputs:\n      stages:\n        description: Stages to bring up to date, space-separated (empty = all)\n        type: string\n        default: ''\n      force:\n        description: Stages to run even if fresh, space-separated\n        type: string\n        default: ''\n      fan-out:\n        description: Spread the stale stages over parallel jobs\n        type: boolean\n        default: false\njobs:\n  pipeline:\n    permissions:\n      contents: read\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      stages: ${{ inputs.stages }}\n      force: ${{ inputs.force }}\n      fan-out: ${{ inputs.fan-out }}\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# Wraps an existing Makefile: one stage per target worth caching. reprokit decides what is stale by\n# content; `-o` (--old-file) tells make to take the upstream results as up to date (they were\n# restored by reprokit, so their modification times mean nothing) and build just the target.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  data:\n    cmd: make data/clean.csv\n    deps: [Makefile, scripts/clean.sh, data/raw.csv]\n    outs: [data/clean.csv]\n\n  stats:\n    cmd: make -o data/clean.csv out/stats.txt\n    deps: [Makefile, scripts/stats.sh, data/clean.csv]\n    outs: [out/stats.txt]\n\n  report:\n    cmd: make -o data/clean.csv -o out/stats.txt out/report.html\n    deps: [Makefile, scripts/report.sh, out/stats.txt]\n    outs: [out/report.html]\n\npublish:\n  artifacts:\n    report: out/report.html\n',
        },
    },
    {
        name: 'python',
        title: 'Python project',
        files: {
            '.github/workflows/reprokit.yml': "# The pipeline on every push to main and every pull request, with a report on the pull request.\n# Stages whose inputs did not change are reused from the Actions cache; see docs/workflows.md.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  # Safe: every stage that finished is already saved in the cache.\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  pipeline:\n    permissions:\n      contents: read # check out the code\n      pull-requests: write # the sticky pull-request comment\n      checks: write # the check run\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      pr-comment: true\n      check-run: true\n",
            'params.yaml': '# Read by the stages that declare them in reprokit.yml (prepare: the `prepare` mapping, ...).\nprepare:\n  drop_missing: true\ntrain:\n  seed: 42\n  test_size: 0.2\n',
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A Python project: prepare → train → report. requirements.txt is a dep of every stage, so\n# upgrading a package re-runs everything that could be affected (and nothing when it is unchanged).\n# Adapt the commands and paths to your project; see docs/manifest.md for every key.\nparams: params.yaml\nenv:\n  LC_ALL: C\n  TZ: UTC\n  PYTHONHASHSEED: '0'\n\nstages:\n  prepare:\n    desc: Clean the raw data\n    cmd: python src/prepare.py data/raw.csv data/clean.csv\n    deps: [requirements.txt, src/prepare.py, data/raw.csv]\n    params: [prepare]\n    outs: [data/clean.csv]\n\n  train:\n    desc: Fit the model and score it\n    cmd: python src/train.py data/clean.csv models/model.pkl metrics.json\n    deps: [requirements.txt, src/train.py, data/clean.csv]\n    params: [train]\n    outs: [models/model.pkl]\n    metrics: [metrics.json]\n\n  report:\n    desc: Write the report\n    cmd: python src/report.py models/model.pkl metrics.json site\n    deps: [requirements.txt, src/report.py, models/model.pkl, metrics.json]\n    outs: [site/]\n\npublish:\n  artifacts:\n    report: site/\n",
        },
    },
    {
        name: 'quarto',
        title: 'Quarto (or R Markdown) report site on GitHub Pages',
        files: {
            '.github/workflows/reprokit.yml': "# Builds the site on pushes and pull requests; deploys it to GitHub Pages from main only (pull\n# requests get the site as an artifact). Enable Pages with \"Source: GitHub Actions\" first.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\n  workflow_dispatch:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  site:\n    permissions:\n      contents: read # check out the code\n      pages: write # deploy to GitHub Pages\n      id-token: write # prove to Pages that the deployment comes from this workflow\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      quarto-version: release\n      deploy-pages: true\n",
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A Quarto website (or R Markdown site) built from prepared data and deployed to GitHub Pages.\n# For R Markdown use: cmd: Rscript -e 'rmarkdown::render_site()' (output in _site/ as well).\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  data:\n    desc: Prepare the tables the pages show\n    cmd: python scripts/prepare.py data/raw.csv data/tables/\n    deps: [requirements.txt, scripts/prepare.py, data/raw.csv]\n    outs: [data/tables/]\n\n  site:\n    desc: Render the website\n    cmd: quarto render\n    deps: [requirements.txt, _quarto.yml, '*.qmd', styles.css, data/tables/]\n    outs: [_site/]\n\npublish:\n  pages: _site/\n  artifacts:\n    site: _site/\n",
        },
    },
    {
        name: 'r',
        title: 'R project (renv, targets, Quarto)',
        files: {
            '.github/workflows/reprokit.yml': "# The R pipeline on every push to main and every pull request, with a report on the pull request.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\nconcurrency:\n  group: reprokit-${{ github.ref }}\n  cancel-in-progress: ${{ github.event_name == 'pull_request' }}\njobs:\n  pipeline:\n    permissions:\n      contents: read # check out the code\n      pull-requests: write # the sticky pull-request comment\n      checks: write # the check run\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      r-version: '4.4'\n      renv: true\n      quarto-version: release\n      pr-comment: true\n      check-run: true\n",
            'reprokit.yml': "# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# An R project managed with renv and targets, with a Quarto report. renv.lock is a dep of every\n# stage: changing a package version re-runs what could be affected. targets keeps its own store\n# in _targets/ (persist: true, so reprokit does not delete it before tar_make() runs).\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  targets:\n    desc: Run the targets pipeline (_targets.R)\n    cmd: Rscript -e 'targets::tar_make()'\n    deps: [renv.lock, _targets.R, R/, data/raw.csv]\n    outs:\n      - { path: _targets/, persist: true }\n\n  report:\n    desc: Render the Quarto report from the targets store\n    cmd: quarto render report.qmd --to html\n    deps: [renv.lock, report.qmd, _targets/]\n    outs: [report.html]\n\npublish:\n  artifacts:\n    report: report.html\n",
        },
    },
    {
        name: 'scheduled',
        title: 'scheduled refresh',
        files: {
            '.github/workflows/reprokit.yml': "# Refreshes the data every day at 06:17 UTC (and on demand), and redeploys the dashboard when it\n# changed. GitHub disables schedules in repositories without activity for 60 days.\nname: reprokit\non:\n  schedule:\n    - cron: '17 6 * * *'\n  workflow_dispatch:\nconcurrency:\n  group: reprokit-refresh\n  cancel-in-progress: false\njobs:\n  refresh:\n    permissions:\n      contents: read # check out the code\n      pages: write # deploy to GitHub Pages\n      id-token: write # prove to Pages that the deployment comes from this workflow\n    uses: reprokit/reprokit/.github/workflows/pipeline.yml@v1\n    with:\n      python-version: '3.12'\n      requirements: requirements.txt\n      deploy-pages: true\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# A scheduled refresh: `fetch` downloads the latest data on every run (always_run); the stages\n# after it re-run only when the downloaded bytes changed (early cutoff), so a quiet day costs one\n# download.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  fetch:\n    desc: Download the latest data (runs every time)\n    cmd: curl -fsSL --retry 3 "$DATA_URL" -o data/latest.csv\n    env:\n      DATA_URL: https://example.com/data/latest.csv\n    outs: [data/latest.csv]\n    always_run: true\n\n  summarise:\n    desc: Summarise the latest data\n    cmd: python src/summarise.py data/latest.csv data/summary.json\n    deps: [requirements.txt, src/summarise.py, data/latest.csv]\n    metrics: [data/summary.json]\n\n  site:\n    desc: Build the dashboard\n    cmd: python src/site.py data/latest.csv data/summary.json site\n    deps: [requirements.txt, src/site.py, data/latest.csv, data/summary.json]\n    outs: [site/]\n\npublish:\n  pages: site/\n',
        },
    },
    {
        name: 'snakemake',
        title: 'wrapping a Snakemake workflow',
        files: {
            '.github/workflows/reprokit.yml': "# The wrapped Snakemake workflow on pushes to main and pull requests, with the action used\n# directly (one job): set up Python and Snakemake, then let reprokit run what is stale.\nname: reprokit\non:\n  push:\n    branches: [main]\n  pull_request:\npermissions:\n  contents: read\njobs:\n  pipeline:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          persist-credentials: false\n      - uses: actions/setup-python@v5\n        with:\n          python-version: '3.12'\n      - run: pip install snakemake\n      - uses: reprokit/reprokit@v1\n        id: pipeline\n",
            'reprokit.yml': '# yaml-language-server: $schema=https://raw.githubusercontent.com/reprokit/reprokit/v1/schema/reprokit.schema.json\n#\n# Wraps an existing Snakemake workflow: one reprokit stage per rule (or group of rules) whose\n# results you want cached between CI runs. reprokit decides what is stale by content; each stage\n# lets Snakemake run just its rule (--allowed-rules), with the upstream results already restored.\nenv:\n  LC_ALL: C\n  TZ: UTC\n\nstages:\n  clean:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules clean -- results/clean.csv\n    deps: [Snakefile, envs/, scripts/clean.py, data/raw.csv]\n    outs: [results/clean.csv]\n\n  fit:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules fit -- results/model.json\n    deps: [Snakefile, envs/, scripts/fit.py, results/clean.csv, config.yaml]\n    outs: [results/model.json]\n\n  plots:\n    cmd: snakemake --cores all --rerun-triggers mtime --allowed-rules plots -- results/plots\n    deps: [Snakefile, envs/, scripts/plots.py, results/clean.csv, results/model.json]\n    outs: [results/plots/]\n',
        },
    },
];

;// CONCATENATED MODULE: ./src/entry/cli/init.ts




const DEFAULT_TEMPLATE = 'python';
const IGNORE_LINE = '.reprokit/';
/**
 * `reprokit init`: writes a template's files (manifest, workflow, ...) into the project and adds
 * `.reprokit/` to `.gitignore`. Never overwrites a file without `--force`: when any exists,
 * nothing is written and the exit code is 2, naming every file in the way.
 */
function init(root, args, io) {
    const name = args.template ?? DEFAULT_TEMPLATE;
    const template = TEMPLATES.find((t) => t.name === name);
    if (!template) {
        const names = TEMPLATES.map((t) => t.name);
        const guess = closest(name, names);
        io.stderr.write(`reprokit: no template named "${name}"${guess ? `: did you mean "${guess}"?` : ''}\n${templateList()}`);
        return 2;
    }
    const files = Object.keys(template.files);
    const existing = files.filter((file) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, file)));
    if (existing.length > 0 && !args.overwrite) {
        io.stderr.write(`reprokit: not overwriting ${existing.join(', ')}; nothing was written (use --force to overwrite)\n`);
        return 2;
    }
    const result = writeTemplate(root, template);
    if (args.json) {
        io.stdout.write(JSON.stringify(result, null, 2) + '\n');
    }
    else {
        const lines = result.written.map((f) => `  ${existing.includes(f) ? 'overwrote' : 'wrote    '} ${f}`);
        if (result.gitignore !== 'unchanged')
            lines.push(`  ${result.gitignore === 'created' ? 'wrote    ' : 'updated  '} .gitignore`);
        io.stdout.write(`Template "${template.name}" (${template.title}):\n${lines.join('\n')}\n` +
            `Next: adapt the stages in reprokit.yml, then run "reprokit status".\n`);
    }
    return 0;
}
function writeTemplate(root, template) {
    const written = [];
    for (const [file, content] of Object.entries(template.files)) {
        const path = (0,external_node_path_.join)(root, file);
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, content);
        written.push(file);
    }
    return { template: template.name, written, gitignore: ignoreStateDir(root) };
}
/** Adds `.reprokit/` to `.gitignore` once: creates the file, or appends unless already ignored. */
function ignoreStateDir(root) {
    const path = (0,external_node_path_.join)(root, '.gitignore');
    if (!(0,external_node_fs_.existsSync)(path)) {
        (0,external_node_fs_.writeFileSync)(path, `# reprokit: local state and cache\n${IGNORE_LINE}\n`);
        return 'created';
    }
    const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    const ignored = text
        .split(/\r?\n/)
        .map((line) => line.trim())
        .some((line) => ['.reprokit', '.reprokit/', '/.reprokit', '/.reprokit/'].includes(line));
    if (ignored)
        return 'unchanged';
    const newline = text.includes('\r\n') ? '\r\n' : '\n';
    const separator = text === '' || text.endsWith('\n') ? '' : newline;
    (0,external_node_fs_.writeFileSync)(path, `${text}${separator}${IGNORE_LINE}${newline}`);
    return 'appended';
}
function templateList() {
    const width = Math.max(...TEMPLATES.map((t) => t.name.length));
    return `Templates:\n${TEMPLATES.map((t) => `  ${t.name.padEnd(width)}  ${t.title}`).join('\n')}\n`;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/core/dvc-lock.ts

/**
 * dvc.lock (schema 2.0) as DVC 3 writes it (dvc/stage/serialize.py, to_single_stage_lockfile):
 * per stage the cmd as written, deps and outs sorted by path (metrics and plots are outs), each
 * with `hash: md5`, the md5 (directories: the md5 of their `.dir` listing plus ".dir"), size
 * and, for directories, nfiles; params per file (the default params.yaml first, then by path),
 * keys sorted. Pure: hashing files is the adapter's job.
 */
const LOCK_FILE = 'dvc.lock';
const DEFAULT_PARAMS = 'params.yaml';
/**
 * The bytes DVC hashes for a directory: `json.dumps(entries, sort_keys=True)` of the entries
 * sorted by relpath. Python's defaults: separators ", " and ": ", non-ASCII escaped as \uXXXX.
 */
function dirListingJson(entries) {
    const sorted = [...entries].sort((a, b) => compareCodePoints(a.relpath, b.relpath));
    return `[${sorted
        .map((e) => `{${pyJsonString('md5')}: ${pyJsonString(e.md5)}, ${pyJsonString('relpath')}: ${pyJsonString(e.relpath)}}`)
        .join(', ')}]`;
}
/** Python's json.dumps of a string with ensure_ascii=True. */
function pyJsonString(text) {
    return JSON.stringify(text).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
/** Python compares strings by code point; JavaScript's `<` by UTF-16 unit. */
function compareCodePoints(a, b) {
    const x = [...a];
    const y = [...b];
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
        const d = x[i].codePointAt(0) - y[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return x.length - y.length;
}
function lockOut(path, hash) {
    return {
        path,
        hash: 'md5',
        md5: hash.md5,
        size: hash.size,
        ...(hash.nfiles !== undefined ? { nfiles: hash.nfiles } : {}),
    };
}
function stageLock(input) {
    const byPath = (a, b) => compareCodePoints(a.path, b.path);
    const deps = [...input.deps].sort(byPath).map((d) => lockOut(d.path, d.hash));
    const outs = [...input.outs].sort(byPath).map((o) => lockOut(o.path, o.hash));
    const files = [...input.params.keys()].sort((a, b) => a === DEFAULT_PARAMS ? -1 : b === DEFAULT_PARAMS ? 1 : compareCodePoints(a, b));
    const params = {};
    for (const file of files) {
        const values = input.params.get(file) ?? {};
        params[file] = Object.fromEntries(Object.keys(values)
            .sort(compareCodePoints)
            .map((k) => [k, values[k]]));
    }
    return {
        cmd: input.cmd,
        ...(deps.length > 0 ? { deps } : {}),
        ...(files.length > 0 ? { params } : {}),
        ...(outs.length > 0 ? { outs } : {}),
    };
}
/** YAML the way DVC (ruamel) writes it: block style, lists not indented, single quotes. */
function stringifyLock(doc) {
    return (0,dist/* stringify */.As)(doc, { indentSeq: false, lineWidth: 0, singleQuote: true });
}
/** The stages of a dvc.lock text; undefined when it is not a schema 2.0 lock. */
function parseLock(text) {
    let value;
    try {
        value = (0,dist/* parse */.qg)(text);
    }
    catch {
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const doc = value;
    if (String(doc.schema) !== '2.0')
        return undefined;
    const stages = typeof doc.stages === 'object' && doc.stages !== null ? doc.stages : {};
    return { schema: '2.0', stages: stages };
}
/** Why the recorded lock entry does not describe the current stage (empty: it does). */
function lockDifferences(current, recorded) {
    if (recorded === undefined)
        return ['not in dvc.lock'];
    const reasons = [];
    if (!sameValue(normalizeCmd(current.cmd), normalizeCmd(recorded.cmd)))
        reasons.push('cmd changed');
    for (const [what, now, then] of [
        ['dep', current.deps, recorded.deps ?? []],
        ['out', current.outs, recorded.outs ?? []],
    ]) {
        const before = new Map(then.map((e) => [e.path, e.md5]));
        const after = new Set(now.map((e) => e.path));
        for (const entry of now) {
            if (!before.has(entry.path))
                reasons.push(`${what} ${entry.path} is not in dvc.lock`);
            else if (entry.md5 !== undefined && entry.md5 !== before.get(entry.path))
                reasons.push(`${what} ${entry.path} changed`);
        }
        for (const path of before.keys())
            if (!after.has(path))
                reasons.push(`${what} ${path} is no longer declared`);
    }
    const recordedParams = recorded.params ?? {};
    for (const file of new Set([...Object.keys(current.params), ...Object.keys(recordedParams)])) {
        const now = current.params[file] ?? {};
        const then = recordedParams[file] ?? {};
        for (const key of new Set([...Object.keys(now), ...Object.keys(then)])) {
            if (!(key in then))
                reasons.push(`param ${file}:${key} is not in dvc.lock`);
            else if (!(key in now))
                reasons.push(`param ${file}:${key} is no longer declared`);
            else if (!sameValue(now[key], then[key]))
                reasons.push(`param ${file}:${key} changed`);
        }
    }
    return reasons;
}
function normalizeCmd(cmd) {
    if (cmd === undefined)
        return [];
    return typeof cmd === 'string' ? [cmd] : [...cmd];
}
/** Deep equality of YAML values (mapping key order does not matter). */
function sameValue(a, b) {
    if (a === b)
        return true;
    if (Array.isArray(a) || Array.isArray(b)) {
        return (Array.isArray(a) &&
            Array.isArray(b) &&
            a.length === b.length &&
            a.every((item, i) => sameValue(item, b[i])));
    }
    if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
        const x = a;
        const y = b;
        const keys = Object.keys(x);
        return (keys.length === Object.keys(y).length && keys.every((k) => k in y && sameValue(x[k], y[k])));
    }
    return false;
}
/** Posix path of `path` relative to `dir` (both root-relative), as DVC writes def_path. */
function relativePosix(dir, path) {
    const from = dir === '' ? [] : dir.split('/');
    const to = path === '' ? [] : path.split('/');
    let common = 0;
    while (common < from.length && common < to.length && from[common] === to[common])
        common++;
    const up = from.slice(common).map(() => '..');
    return [...up, ...to.slice(common)].join('/') || '.';
}

;// CONCATENATED MODULE: ./src/adapters/dvc-hash.ts






const CHUNK = 4 * 1024 * 1024;
/** DVC 3's file hash (`hash: md5`): the md5 of the bytes, no newline conversion. */
function md5File(abs) {
    const hash = (0,external_node_crypto_.createHash)('md5');
    const buffer = Buffer.allocUnsafe(CHUNK);
    const fd = (0,external_node_fs_.openSync)(abs, 'r');
    try {
        for (;;) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, 0, CHUNK, null);
            if (read === 0)
                break;
            hash.update(read === CHUNK ? buffer : buffer.subarray(0, read));
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}
function md5Text(text) {
    return (0,external_node_crypto_.createHash)('md5').update(text, 'utf8').digest('hex');
}
/** DVC's directory hash: md5 of the sorted `{md5, relpath}` JSON listing, plus ".dir". */
function dirMd5(entries) {
    return `${md5Text(dirListingJson(entries))}.dir`;
}
/**
 * Hashes workspace paths the way DVC does, each file at most once. Directory listings skip
 * `.git` and `.dvc` (DVC's built-in ignores); `.dvcignore` files are not read.
 */
class DvcHasher {
    workspace;
    toAbsolute;
    files = new Map();
    constructor(workspace, toAbsolute) {
        this.workspace = workspace;
        this.toAbsolute = toAbsolute;
    }
    /** undefined when the path does not exist. */
    async hash(path) {
        const info = await this.workspace.info(path);
        if (info === undefined)
            return undefined;
        if (info.kind === 'file')
            return this.file(path);
        const entries = [];
        let size = 0;
        for (const file of await this.workspace.listFiles(path)) {
            const relpath = (0,paths/* relativeTo */.Mf)(file, path);
            if (relpath.split('/').some((part) => part === '.git' || part === '.dvc'))
                continue;
            const hashed = this.file(file);
            entries.push({ relpath, md5: hashed.md5 });
            size += hashed.size;
        }
        return { md5: dirMd5(entries), size, nfiles: entries.length };
    }
    /** Something rewrote these paths: forget their hashes. */
    forget() {
        this.files.clear();
    }
    file(path) {
        let known = this.files.get(path);
        if (!known) {
            const abs = this.toAbsolute(path);
            known = { md5: md5File(abs), size: (0,external_node_fs_.statSync)(abs).size };
            this.files.set(path, known);
        }
        return known;
    }
}
/** Hashing and writing for dvc.lock on the local disk (the project root is workspace.root). */
function localDvcLockServices(workspace) {
    const toAbsolute = (path) => (0,external_node_path_.join)(workspace.root, ...path.split('/'));
    const hasher = new DvcHasher(workspace, toAbsolute);
    return {
        workspace,
        hash: (path) => hasher.hash(path),
        writeText: async (path, text) => {
            writeFileAtomic(toAbsolute(path), text);
            workspace.invalidate([path]);
        },
    };
}

;// CONCATENATED MODULE: ./src/engine/dvc-lock.ts



function lockFileOf(project) {
    return (0,paths/* joinPath */.uJ)((0,paths/* parentDir */.Qp)(project.pipeline.manifestFile), LOCK_FILE);
}
/**
 * Writes dvc.lock after a run: stages that succeeded (ran, restored or fresh) get an entry
 * computed from the workspace; the others keep what the lock had. Stage order is dvc.yaml's.
 */
async function writeDvcLock(project, services, report) {
    const file = lockFileOf(project);
    const previousText = await services.workspace.readText(file);
    const previous = previousText === undefined ? undefined : parseLock(previousText);
    const results = new Map(report?.stages.map((s) => [s.name, s.result]) ?? []);
    const stages = {};
    const updated = [];
    const kept = [];
    const missing = [];
    for (const stage of project.pipeline.stages) {
        const result = results.get(stage.name);
        const succeeded = report === undefined || result === 'ran' || result === 'restored' || result === 'fresh';
        const entry = succeeded ? await computeStageLock(project, stage, services) : undefined;
        const old = previous?.stages[stage.name];
        if (entry) {
            stages[stage.name] = entry;
            updated.push(stage.name);
        }
        else if (old) {
            stages[stage.name] = old;
            kept.push(stage.name);
        }
        else
            missing.push(stage.name);
    }
    const text = stringifyLock({ schema: '2.0', stages });
    const written = text !== previousText;
    if (written)
        await services.writeText(file, text);
    return { file, written, updated, kept, missing };
}
/** The lock entry of a stage from the workspace; undefined when a dep or out is missing. */
async function computeStageLock(project, stage, services) {
    const hashAll = async (paths) => {
        const out = [];
        for (const path of paths) {
            const hash = await services.hash(path);
            if (hash === undefined)
                return undefined;
            out.push({ path: relativePosix(stage.wdir, path), hash });
        }
        return out;
    };
    const deps = await hashAll(stage.deps.map((d) => d.path));
    const outs = await hashAll(stage.outs.map((o) => o.path));
    if (!deps || !outs)
        return undefined;
    return stageLock({
        cmd: lockCmd(stage),
        deps,
        outs,
        params: new Map(Object.entries(paramsOf(project, stage))),
    });
}
function lockCmd(stage) {
    const asList = dvcStageInfo(stage)?.cmdIsList ?? stage.cmd.length !== 1;
    return asList ? stage.cmd : (stage.cmd[0] ?? '');
}
/** Declared param values, by params file as written (relative to the wdir) and key. */
function paramsOf(project, stage) {
    const values = project.params.get(stage.name) ?? {};
    const out = {};
    for (const ref of stage.params) {
        const file = relativePosix(stage.wdir, ref.file);
        const into = (out[file] ??= {});
        if (ref.keys === 'all') {
            const doc = values[ref.file];
            if (typeof doc === 'object' && doc !== null)
                Object.assign(into, doc);
            continue;
        }
        for (const key of ref.keys) {
            const id = `${ref.file}:${key}`;
            if (id in values)
                into[key] = values[id];
        }
    }
    return out;
}
/**
 * Is the committed dvc.lock current? Without pulling data: commands, params and source deps are
 * compared with the workspace; a dep that another stage produces is compared with that stage's
 * recorded out; outputs are compared only when they are in the workspace. Frozen stages are not
 * checked (DVC does not check them either).
 */
async function checkDvcLock(project, services) {
    const file = lockFileOf(project);
    const text = await services.workspace.readText(file);
    const lock = text === undefined ? undefined : parseLock(text);
    if (!lock) {
        return {
            file,
            found: false,
            upToDate: false,
            stale: project.pipeline.stages.map((s) => ({
                stage: s.name,
                reasons: [
                    text === undefined ? `${file} does not exist` : `${file} is not a schema 2.0 lock`,
                ],
            })),
        };
    }
    const stale = [];
    for (const stage of project.pipeline.stages) {
        if (stage.frozen)
            continue;
        const recorded = lock.stages[stage.name];
        const current = {
            cmd: lockCmd(stage),
            deps: await Promise.all(stage.deps.map(async (d) => ({
                path: relativePosix(stage.wdir, d.path),
                md5: await depMd5(project, lock, d.path, services),
            }))),
            outs: await Promise.all(stage.outs.map(async (o) => ({
                path: relativePosix(stage.wdir, o.path),
                md5: (await services.hash(o.path))?.md5,
            }))),
            params: paramsOf(project, stage),
        };
        const reasons = lockDifferences(current, recorded);
        // A source dep missing from the workspace cannot be current.
        for (const dep of stage.deps) {
            if (project.graph.producers.overlapping(dep.path).length > 0)
                continue;
            if ((await services.hash(dep.path)) === undefined)
                reasons.push(`dep ${dep.path} does not exist`);
        }
        if (reasons.length > 0)
            stale.push({ stage: stage.name, reasons });
    }
    return { file, found: true, upToDate: stale.length === 0, stale };
}
/** A produced dep is taken from its producer's lock entry (no download); sources are hashed. */
async function depMd5(project, lock, path, services) {
    const producers = project.graph.producers.overlapping(path);
    const exact = producers.find((p) => p.out.path === path);
    if (exact) {
        const entry = lock.stages[exact.stage.name];
        const def = relativePosix(exact.stage.wdir, path);
        return entry?.outs?.find((o) => o.path === def)?.md5 ?? `missing from ${exact.stage.name}`;
    }
    if (producers.length > 0)
        return (await services.hash(path))?.md5;
    return (await services.hash(path))?.md5;
}

;// CONCATENATED MODULE: ./src/core/fanout.ts
const DEFAULT_MAX_WAVES = 4;
const DEFAULT_MAX_GROUPS = 4;
/** Groups the stale stages into the fewest waves; stages not in the graph are an error. */
function planWaves(graph, stale) {
    const staleSet = new Set(stale);
    for (const name of staleSet)
        if (!graph.byName.has(name))
            throw new Error(`Internal error: unknown stage "${name}"`);
    const level = new Map();
    const waves = [];
    // graph.order is topological: every upstream stage has its level before its downstream ones.
    for (const stage of graph.order) {
        if (!staleSet.has(stage.name))
            continue;
        let wave = 0;
        for (const edge of graph.upstream.get(stage.name) ?? []) {
            const up = level.get(edge.from);
            if (up !== undefined && up + 1 > wave)
                wave = up + 1;
        }
        level.set(stage.name, wave);
        (waves[wave] ??= []).push(stage.name);
    }
    return waves.map((stages, wave) => ({ wave, stages }));
}
/** Splits `items` into at most `parts` contiguous, nearly equal, non-empty chunks. */
function chunk(items, parts) {
    const n = Math.max(1, Math.min(parts, items.length));
    const out = [];
    let start = 0;
    for (let i = 0; i < n; i++) {
        const size = Math.floor(items.length / n) + (i < items.length % n ? 1 : 0);
        out.push(items.slice(start, start + size));
        start += size;
    }
    return out.filter((c) => c.length > 0);
}
/** The waves as matrices for a workflow with a fixed number of wave jobs. */
function fanoutPlan(graph, stale, options = {}) {
    const maxWaves = options.maxWaves ?? DEFAULT_MAX_WAVES;
    const maxGroups = options.maxGroups ?? DEFAULT_MAX_GROUPS;
    if (!Number.isInteger(maxWaves) || maxWaves < 1)
        throw new Error(`Internal error: maxWaves must be a whole number >= 1, not ${maxWaves}`);
    if (!Number.isInteger(maxGroups) || maxGroups < 1)
        throw new Error(`Internal error: maxGroups must be a whole number >= 1, not ${maxGroups}`);
    const waves = planWaves(graph, stale);
    const overflow = waves.length > maxWaves;
    const force = new Set(options.force ?? []);
    const jobs = [];
    for (let k = 0; k < maxWaves; k++) {
        const wave = waves[k];
        if (!wave) {
            jobs.push({ include: [] });
            continue;
        }
        const last = k === maxWaves - 1;
        const groups = last && overflow
            ? // the rest of the pipeline in one job; the engine runs it in dependency order
                [waves.slice(k).flatMap((w) => w.stages)]
            : chunk(wave.stages, maxGroups);
        jobs.push({
            include: groups.map((stages, i) => ({
                wave: k,
                group: `g${k}-${i + 1}`,
                stages: stages.join(' '),
                force: stages.filter((s) => force.has(s)).join(' '),
            })),
        });
    }
    return { waves, matrix: { include: jobs.flatMap((j) => j.include) }, jobs, overflow };
}

;// CONCATENATED MODULE: ./src/entry/cli/plan.ts






/**
 * `reprokit plan`: the engine in plan mode (nothing runs, nothing is restored), then the stale
 * stages grouped into waves for parallel CI jobs (src/core/fanout.ts). `cached` and `fresh`
 * stages do not run: a later job restores what it reads from the cache.
 */
async function plan(project, args, io, services) {
    const report = await runPipeline(project, { ...services, emit: () => undefined }, {
        targets: args.stages,
        force: { stages: args.force, all: false },
        jobs: Math.max(1, (0,external_node_os_.cpus)().length),
        keepGoing: false,
        mode: 'plan',
        restore: [],
        // the action's salt is part of the keys in the Actions cache; the local cache has none
        salt: args.actionsCache ? (args.cacheSalt ?? '') : '',
        signal: io.signal,
    });
    const document = planDocument(project, report, args);
    const text = args.json ? JSON.stringify(document, null, 2) + '\n' : planText(document);
    if (args.output !== undefined)
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.resolve)(io.cwd, args.output), text);
    else
        io.stdout.write(text);
    return 0;
}
/** `plan --json`: stable, documented in docs/workflows.md and read by .github/workflows/pipeline.yml. */
function planDocument(project, report, args) {
    const stale = report.stages.filter((s) => s.status === 'stale').map((s) => s.name);
    const fanout = fanoutPlan(project.graph, stale, {
        ...(args.maxWaves !== undefined ? { maxWaves: args.maxWaves } : {}),
        ...(args.maxGroups !== undefined ? { maxGroups: args.maxGroups } : {}),
        force: args.force,
    });
    return {
        stages: report.stages.map((s) => ({
            name: s.name,
            status: s.status,
            reasons: s.reasons,
            ...(s.key ? { key: s.key } : {}),
        })),
        stale,
        waves: fanout.waves,
        matrix: fanout.matrix,
        jobs: fanout.jobs,
        overflow: fanout.overflow,
    };
}
function planText(doc) {
    if (doc.stale.length === 0)
        return 'Nothing is stale: no stage would run.\n';
    const rows = doc.jobs.flatMap((job, k) => job.include.map((e) => [`wave ${k}`, e.group, e.stages.split(' ').join(', ')]));
    const note = doc.overflow
        ? `\nThe pipeline is ${doc.waves.length} waves deep: the last wave job runs the rest in one group.\n`
        : '';
    return `${(0,cli_reporter/* table */.tp)(['wave job', 'group', 'stages'], rows)}\n${doc.stale.length} stale stage${doc.stale.length === 1 ? '' : 's'} in ${doc.waves.length} wave${doc.waves.length === 1 ? '' : 's'}${note}\n`;
}
/**
 * The GitHub Actions cache, for `plan --actions-cache` inside a workflow run: the same entries,
 * key prefix and salt as the action, looked up only (plan mode restores nothing). The runner gives
 * the runtime token to JavaScript actions only, so the reusable workflow runs this command from
 * actions/github-script, whose environment the command inherits. Undefined (with a warning) when
 * the service is not there: then every stage without a local record plans as stale, which is
 * safe (the wave jobs find the cached ones and restore them instead of running them).
 */
async function openPlanCache(root, env, salt, warn) {
    // The toolkit's paths are relative to the working directory and part of each entry's version:
    // they must be the ones the action uses, which runs in the project directory.
    process.chdir(root);
    const { openActionsCache } = await __webpack_require__.e(/* import() */ 385).then(__webpack_require__.bind(__webpack_require__, 766));
    const opened = await openActionsCache({ root, env, salt, warn });
    if ('cache' in opened)
        return opened.cache;
    warn(`the GitHub Actions cache is unavailable (${opened.unavailable}); planning without it`);
    return undefined;
}

;// CONCATENATED MODULE: ./src/entry/cli/main.ts


















const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 };
async function main(argv, io) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        io.stderr.write(`reprokit: ${e.message}\nRun "reprokit help" for usage.\n`);
        return EXIT.usage;
    }
    if (args.command === 'help') {
        io.stdout.write(HELP);
        return EXIT.ok;
    }
    if (args.command === 'version') {
        io.stdout.write(`reprokit ${version/* VERSION */.x}\n`);
        return EXIT.ok;
    }
    const root = (0,external_node_path_.resolve)(io.cwd, args.directory ?? '.');
    if (!(0,external_node_fs_.existsSync)(root)) {
        io.stderr.write(`reprokit: directory ${root} does not exist\n`);
        return EXIT.usage;
    }
    if (args.command === 'init')
        return init(root, args, io);
    const actionsCache = args.command === 'plan' && args.actionsCache
        ? ((await openPlanCache(root, io.env, args.cacheSalt ?? '', (m) => io.stderr.write(`reprokit: warning: ${m}\n`))) ?? 'none')
        : undefined;
    const manifest = args.manifest ?? MANIFEST_CANDIDATES.find((f) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, f))) ?? 'reprokit.yml';
    const reporter = new cli_reporter/* CliReporter */.G2(io.stderr);
    const cacheDir = args.cacheDir ?? io.env.REPROKIT_CACHE_DIR;
    const journal = new Set();
    const local = localServices({
        root,
        journal,
        ...(cacheDir ? { cacheDir: (0,external_node_path_.resolve)(io.cwd, cacheDir) } : {}),
        emit: (event) => reporter.handle(event),
        env: io.env,
        ...(args.noCache ? { cache: 'none' } : {}),
        ...(actionsCache && !args.noCache ? { cache: actionsCache } : {}),
    });
    const loaded = await loadProject(local.workspace, manifest);
    if (!loaded.ok) {
        for (const d of loaded.error.diagnostics)
            io.stderr.write(formatDiagnostic(d, loaded.error.locator) + '\n\n');
        const errors = loaded.error.diagnostics.filter((d) => d.severity === 'error').length;
        io.stderr.write(`reprokit: ${manifest} has ${errors} error${errors === 1 ? '' : 's'}; nothing was run\n`);
        return EXIT.usage;
    }
    const project = loaded.value;
    for (const d of project.notices)
        io.stderr.write(formatDiagnostic(d, project.locator) + '\n');
    const unknown = checkStageNames(project, [...args.stages, ...args.force]);
    if (unknown) {
        io.stderr.write(`reprokit: ${unknown}\n`);
        return EXIT.usage;
    }
    reporter.setStageNames(project.graph.order.map((s) => s.name));
    const outcome = {};
    try {
        switch (args.command) {
            case 'dag':
                io.stdout.write(renderDag(project, args) + '\n');
                return EXIT.ok;
            case 'status':
                return await main_status(project, args, io, local.services, outcome);
            case 'plan':
                return await plan(project, args, io, local.services);
            case 'run':
                return await run(project, args, io, local.services, reporter, outcome);
            default:
                throw new Error(`Internal error: command ${args.command} reached the pipeline switch`);
        }
    }
    finally {
        reporter.finish();
        local.flush();
        if (snapshotEligible(args, project)) {
            const all = outcome.report?.stages ?? [];
            const fresh = outcome.report?.ok === true &&
                all.every((s) => s.result === 'fresh' && s.status === 'fresh');
            if (fresh)
                (0,noop_snapshot/* writeNoopSnapshot */.eA)(root, manifest, [...journal, '.reprokit/state.jsonl'], all.map(snapshotStage));
            else
                (0,noop_snapshot/* removeNoopSnapshot */.vJ)(root);
        }
    }
}
/** The runs a no-op snapshot may answer next time: see fast-path.ts for the same rule on argv. */
function snapshotEligible(args, project) {
    return ((args.command === 'status' || args.command === 'run') &&
        project.pipeline.format === 'reprokit' &&
        args.manifest === undefined &&
        args.stages.length === 0 &&
        args.force.length === 0 &&
        !args.forceAll &&
        !args.dryRun &&
        !args.noCache &&
        args.restore &&
        !args.writeDvcLock);
}
function snapshotStage(s) {
    return {
        name: s.name,
        reasons: s.reasons,
        ...(s.key ? { key: s.key } : {}),
        ...(s.savedMs !== undefined ? { savedMs: s.savedMs } : {}),
    };
}
function checkStageNames(project, names) {
    const known = [...project.graph.byName.keys()];
    for (const name of names) {
        if (project.graph.byName.has(name))
            continue;
        const guess = closest(name, known);
        return `no stage named "${name}"${guess ? `: did you mean "${guess}"?` : ` (stages: ${known.join(', ')})`}`;
    }
    return undefined;
}
function renderDag(project, args) {
    switch (args.dagFormat) {
        case 'mermaid':
            return renderMermaid(project.graph);
        case 'dot':
            return renderDot(project.graph);
        case 'json':
            return JSON.stringify(dagJson(project.graph), null, 2);
        case 'text':
            return renderText(project.graph);
    }
}
function options(args, io, mode) {
    return {
        targets: args.stages,
        force: { stages: args.force, all: args.forceAll },
        jobs: args.jobs ?? Math.max(1, (0,external_node_os_.cpus)().length),
        keepGoing: args.keepGoing,
        mode,
        restore: args.restore ? 'all' : [],
        salt: '',
        signal: io.signal,
    };
}
async function main_status(project, args, io, services, outcome) {
    const quiet = { ...services, emit: () => undefined };
    const report = await runPipeline(project, quiet, options(args, io, 'plan'));
    outcome.report = report;
    if (project.pipeline.format === 'dvc') {
        // DVC projects: also whether the committed dvc.lock matches the workspace (no data pulled).
        const lock = await checkDvcLock(project, localDvcLockServices(services.workspace));
        const dvcLock = {
            upToDate: lock.upToDate,
            stale: lock.stale.map((s) => s.stage),
            reasons: Object.fromEntries(lock.stale.map((s) => [s.stage, s.reasons])),
        };
        io.stdout.write(args.json
            ? JSON.stringify({ ...(0,output/* planJson */.iY)(report), dvcLock }, null, 2) + '\n'
            : (0,output/* planTable */.k0)(report) +
                (lock.upToDate
                    ? `${lock.file} is up to date\n`
                    : `${lock.file} is not up to date:\n${lock.stale.map((s) => `  ${s.stage}: ${s.reasons.join('; ')}\n`).join('')}`));
        return EXIT.ok;
    }
    io.stdout.write(args.json ? JSON.stringify((0,output/* planJson */.iY)(report), null, 2) + '\n' : (0,output/* planTable */.k0)(report));
    return EXIT.ok;
}
async function run(project, args, io, services, reporter, outcome) {
    if (args.writeDvcLock && project.pipeline.format !== 'dvc') {
        io.stderr.write(`reprokit: --write-dvc-lock needs a dvc.yaml project, not ${project.pipeline.manifestFile}\n`);
        return EXIT.usage;
    }
    if (args.dryRun) {
        const report = await runPipeline(project, { ...services, emit: () => undefined }, options(args, io, 'plan'));
        io.stdout.write(args.json
            ? JSON.stringify((0,output/* planJson */.iY)(report), null, 2) + '\n'
            : `Dry run: nothing was run.\n${(0,output/* planTable */.k0)(report)}`);
        return EXIT.ok;
    }
    const report = await runPipeline(project, services, options(args, io, 'run'));
    outcome.report = report;
    reporter.finish();
    if (args.writeDvcLock && !report.interrupted) {
        const lock = await writeDvcLock(project, localDvcLockServices(services.workspace), report);
        io.stderr.write(`reprokit: ${lock.file} ${lock.written ? 'written' : 'already up to date'}` +
            (lock.kept.length > 0 ? `; kept the previous entries of ${lock.kept.join(', ')}` : '') +
            (lock.missing.length > 0 ? `; no entry for ${lock.missing.join(', ')}` : '') +
            '\n');
    }
    io.stdout.write(args.json ? JSON.stringify((0,output/* runJson */.MP)(report), null, 2) + '\n' : (0,cli_reporter/* summaryTable */.jb)(report));
    if (report.interrupted)
        return EXIT.interrupted;
    return report.ok ? EXIT.ok : EXIT.failed;
}


/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ WorkspaceEscape)
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


/***/ })

};

//# sourceMappingURL=332.index.js.map