export const id = 690;
export const ids = [690];
export const modules = {

/***/ 4690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   toolkitCacheClient: () => (/* binding */ toolkitCacheClient)
/* harmony export */ });
/** Loaded lazily: the toolkit is large and only the action needs it. */
async function toolkitCacheClient() {
    const cache = await __webpack_require__.e(/* import() */ 305).then(__webpack_require__.bind(__webpack_require__, 4305));
    return {
        restore: (paths, key, options) => cache.restoreCache(paths, key, options.restoreKeys ?? [], {
            lookupOnly: options.lookupOnly ?? false,
        }),
        save: async (paths, key) => {
            try {
                const id = await cache.saveCache(paths, key);
                return id === -1 ? { error: 'the cache service did not accept the entry' } : { id };
            }
            catch (e) {
                // saveCache throws on validation errors and, with the v2 service, on a missing runtime token
                return { error: e.message };
            }
        },
    };
}


/***/ })

};

//# sourceMappingURL=690.index.js.map