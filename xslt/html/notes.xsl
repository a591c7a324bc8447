<?xml version="1.0" encoding="UTF-8"?>
<!-- Notes: numbered markers in the text, endnotes after it, links both ways. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    xpath-default-namespace="http://www.tei-c.org/ns/1.0"
    exclude-result-prefixes="#all">

  <xsl:template match="note">
    <xsl:param name="in-link" as="xs:boolean" tunnel="yes" select="false()"/>
    <xsl:choose>
      <xsl:when test="tt:is-endnote(.)">
        <xsl:variable name="i" select="tt:note-index(.)"/>
        <xsl:variable name="label" select="tt:note-label(.)"/>
        <xsl:choose>
          <xsl:when test="$in-link">
            <sup class="noteref" id="noteref-{$i}"><xsl:value-of select="$label"/></sup>
          </xsl:when>
          <xsl:otherwise>
            <a class="noteref" id="noteref-{$i}" href="#note-{$i}" role="doc-noteref"
               aria-label="Note {$label}"><sup><xsl:value-of select="$label"/></sup></a>
          </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:otherwise>
        <xsl:element name="{if (tt:is-block(.) or (some $c in * satisfies tt:is-block($c))) then 'div' else 'span'}">
          <xsl:call-template name="tt:attrs">
            <xsl:with-param name="class" select="'note-inline'"/>
          </xsl:call-template>
          <xsl:apply-templates/>
        </xsl:element>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="tt:endnotes">
    <xsl:param name="notes" as="element(note)*"/>
    <xsl:if test="exists($notes)">
      <section class="notes" role="doc-endnotes" aria-labelledby="notes-heading">
        <h2 id="notes-heading">Notes</h2>
        <ol class="endnotes">
          <xsl:for-each select="$notes">
            <xsl:variable name="i" select="tt:note-index(.)"/>
            <li id="note-{$i}">
              <xsl:call-template name="tt:attrs"/>
              <span class="note-label"><xsl:value-of select="tt:note-label(.)"/></span>
              <xsl:text> </xsl:text>
              <xsl:apply-templates/>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#noteref-{$i}" role="doc-backlink"
                 aria-label="Back to note {tt:note-label(.)} in the text">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>
