'use strict';
// node-fetch 2 (grammY's HTTP client) requires whatwg-url 5 but uses it only where the platform has
// no URL (`Url.URL || whatwgUrl.URL`); Node always has one. The real package loads tr46's Unicode
// mapping table, about 3 MB of heap held for the process's life, for nothing. See README.md.
module.exports = { URL: require('node:url').URL, URLSearchParams: require('node:url').URLSearchParams };
