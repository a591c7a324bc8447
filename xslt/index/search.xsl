<?xml version="1.0" encoding="UTF-8"?>
<!--
  The search page (imported by index.xsl, whose search-page template writes it with tt:write). The page is a shell:
  xslt/assets/search.js loads the sharded index (search/index.js and the shards it names),
  fills in the results with their snippets and the facets, and keeps the query and the chosen
  facets in the address (?q=..&year=..&type=..&from=..&to=..).
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:template name="tt:search">
    <h1>Search</h1>
    <form id="search-form" class="search-form" role="search" action="search.html" method="get">
      <label for="search-q">Words to find in titles, summaries, names and texts</label>
      <div class="search-row">
        <input type="search" id="search-q" name="q" autocomplete="off"/>
        <button type="submit">Search</button>
      </div>
      <p class="search-help">Case, accents and hyphens do not matter (<i>ceasefire</i> finds
        <i>cease-fire</i>); a word finds the longer words it begins; a name finds the other
        spellings the register knows (<i>Tse-tung</i> finds <i>Zedong</i>).</p>
    </form>
    <div class="search-layout">
      <div id="search-facets" class="search-facets" hidden="hidden">
        <h2 id="search-facets-heading">Narrow the results</h2>
      </div>
      <div class="search-main">
        <p id="search-status" class="search-status" role="status" aria-live="polite"></p>
        <ol id="search-results" class="search-results"></ol>
        <button type="button" id="search-more" class="search-more" hidden="hidden">More results</button>
      </div>
    </div>
    <noscript>
      <p>Search runs in your browser and needs JavaScript. Every document is listed in the
        <a href="index.html">documents table</a>.</p>
    </noscript>
  </xsl:template>

</xsl:stylesheet>
