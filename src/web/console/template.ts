/**
 * The console's page: a static shell whose script (/console/app.js, an ES module that loads the
 * export's code only when an officer exports) fills `main`. No inline
 * script or style, so the policy (src/http/console-routes.ts) needs no hashes and allows no
 * inline code at all.
 * @module
 */

export const CONSOLE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Custos console</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/console/app.css">
<script type="module" src="/console/app.js"></script>
</head>
<body>
<a class="skip" href="#main">Skip to the content</a>
<header class="masthead">
<div class="wrap bar">
<p class="brand"><a href="#/home">Custos</a> <span>console</span></p>
<nav id="nav" aria-label="Main" hidden></nav>
<p id="who" class="who"></p>
</div>
</header>
<main id="main" class="wrap" tabindex="-1"><p>Loading…</p></main>
<p id="status" class="visually-hidden" role="status" aria-live="polite"></p>
<footer class="wrap foot"><p>Keys stay in this browser: entries are signed here and only signatures are sent. Files are hashed here and never uploaded.</p></footer>
</body>
</html>
`;
