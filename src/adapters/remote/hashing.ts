/** The hashing this adapter shares with the hasher (one definition of a file's digest). */
export { kernel } from '../hashing/hash-worker-pool.js';
export { LEAF_SIZE, sha256File } from '../hashing/file-hasher.js';
