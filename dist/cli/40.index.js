export const id = 40;
export const ids = [40];
export const modules = {

/***/ 40:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   run: () => (/* binding */ run)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _exit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5093);


/** `reprokit version`, `reprokit --version`. */
async function run(_args, io) {
    io.stdout.write(`reprokit ${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .VERSION */ .x}\n`);
    return _exit_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT */ .d.ok;
}


/***/ })

};

//# sourceMappingURL=40.index.js.map