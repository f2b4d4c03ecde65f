export const id = 618;
export const ids = [618];
export const modules = {

/***/ 3618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   httpTransport: () => (/* binding */ httpTransport)
/* harmony export */ });
/* unused harmony exports RequestShaper, bareHost */
/* harmony import */ var _actions_http_client__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4942);
// The core's HTTP port over @actions/http-client, which brings proxy support (HTTPS_PROXY, NO_PROXY)
// and keep-alive. Shared by both front doors: the library neither reads inputs nor writes workflow
// commands, so it works the same on and off a runner.

const httpTransport = ({ userAgent, socketTimeoutMs }) => {
    const shaper = new RequestShaper();
    // Redirects are followed by the core's client, not by the library: it would carry x-apikey to any host and port.
    const http = new _actions_http_client__WEBPACK_IMPORTED_MODULE_0__/* .HttpClient */ .Qq(userAgent, [shaper], { allowRedirects: false, allowRetries: false, keepAlive: true, socketTimeout: socketTimeoutMs });
    return {
        get: async (url, headers, signal) => {
            // The library prepares the request synchronously inside get(): the signal is this request's alone.
            shaper.signal = signal;
            const pending = http.get(url, headers);
            shaper.signal = undefined;
            return (await pending).message;
        },
        dispose: () => http.dispose(),
    };
};
/**
 * Shapes each request the library prepares: an IPv6 literal loses the brackets URL.hostname keeps
 * (Node would send "[::1]" to DNS; it adds them back in the Host header itself), and the attempt's
 * abort signal is attached.
 */
class RequestShaper {
    signal;
    prepareRequest(options) {
        if (typeof options.host === 'string')
            options.host = bareHost(options.host);
        if (this.signal)
            options.signal = this.signal;
    }
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        throw new Error('not used: 401 is answered by the client itself');
    }
}
/** "[2001:db8::1]" → "2001:db8::1"; any other host as it is. */
function bareHost(host) {
    return /^\[.*\]$/.test(host) ? host.slice(1, -1) : host;
}


/***/ })

};
