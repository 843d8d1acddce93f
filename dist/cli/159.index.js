export const id = 159;
export const ids = [159];
export const modules = {

/***/ 7159:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   probeCacheService: () => (/* binding */ probeCacheService)
/* harmony export */ });
async function probeCacheService(env, timeoutMs = 10_000) {
    const token = env.ACTIONS_RUNTIME_TOKEN;
    if (!token) {
        return {
            available: false,
            reason: 'ACTIONS_RUNTIME_TOKEN is not set (the runner gives it to JavaScript actions only)',
        };
    }
    if (!env.ACTIONS_CACHE_SERVICE_V2) {
        return env.ACTIONS_CACHE_URL
            ? { available: true }
            : { available: false, reason: 'no cache service URL is set' };
    }
    const base = env.ACTIONS_RESULTS_URL;
    if (!base)
        return { available: false, reason: 'ACTIONS_RESULTS_URL is not set' };
    const url = new URL('twirp/github.actions.results.api.v1.CacheService/GetCacheEntryDownloadURL', base.endsWith('/') ? base : `${base}/`);
    try {
        const response = await fetch(url, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({ key: 'reprokit-probe', restore_keys: [], version: '0'.repeat(64) }),
            signal: AbortSignal.timeout(timeoutMs),
        });
        await response.arrayBuffer();
        if (response.status >= 500)
            return { available: false, reason: `the service answered ${response.status}` };
        if (response.status === 401 || response.status === 403) {
            return {
                available: false,
                reason: `the service refused the runtime token (${response.status})`,
            };
        }
        return { available: true };
    }
    catch (e) {
        const cause = e.cause?.code;
        return { available: false, reason: cause ? `cannot connect (${cause})` : e.message };
    }
}


/***/ })

};

//# sourceMappingURL=159.index.js.map