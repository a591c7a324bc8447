<?xml version="1.0" encoding="UTF-8"?>
<!--
  The timeline and the map (included by index.xsl). Scripts draw both from the data scripts
  the build writes (timeline-data.js, map-data.js); the tables below them carry the same facts
  for screen readers and for readers without scripts.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tt="urn:x-tei-telegrams"
    exclude-result-prefixes="#all">

  <xsl:template match="timeline" mode="tt:page">
    <xsl:call-template name="tt:write">
      <xsl:with-param name="title" select="'Timeline'"/>
      <xsl:with-param name="section" select="'timeline'"/>
      <xsl:with-param name="scripts" select="(string(@data), 'assets/timeline.js')"/>
      <xsl:with-param name="content">
        <h1>Timeline</h1>
        <p class="lede">
          <xsl:value-of select="'The documents of the correspondence by month of writing.'
              || (if (@undated = '0') then '' else ' ' || @undated || (if (@undated = '1')
                  then ' undated document is' else ' undated documents are') || ' not shown.')"/>
        </p>
        <div id="timeline" class="timeline"></div>
        <table id="timeline-table" class="timeline-table">
          <caption>Documents per month</caption>
          <thead>
            <tr><th scope="col">Month</th><th scope="col">Documents</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="month">
              <tr data-month="{@key}">
                <th scope="row"><a href="{@page}"><xsl:value-of select="tt:format-when(@key)"/></a></th>
                <td class="count"><xsl:value-of select="@count"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="map" mode="tt:page">
    <xsl:call-template name="tt:write">
      <xsl:with-param name="title" select="'Map'"/>
      <xsl:with-param name="section" select="'map'"/>
      <xsl:with-param name="scripts" select="(string(@data), 'assets/map.js')"/>
      <xsl:with-param name="content">
        <h1>Map</h1>
        <p class="lede">
          <xsl:value-of select="'Places the documents were sent from and places they mention: '
              || count(place) || (if (count(place) = 1) then ' place' else ' places')
              || ' with coordinates in the register.'"/>
        </p>
        <figure class="map">
          <svg xmlns="http://www.w3.org/2000/svg" id="map" viewBox="-180 -90 360 180"
               role="img" aria-labelledby="map-caption">
            <rect class="sea" x="-180" y="-90" width="360" height="180"/>
            <path class="land" d="{@outline}"/>
            <g id="map-places"></g>
          </svg>
          <figcaption id="map-caption">Places of origin (filled) and places mentioned
            (outlined); the table below lists them all. World outline: Natural Earth
            1:110m, public domain.</figcaption>
        </figure>
        <table id="map-table" class="map-table">
          <caption>Places with coordinates</caption>
          <thead>
            <tr>
              <th scope="col">Place</th>
              <th scope="col">Coordinates</th>
              <th scope="col">Sent from</th>
              <th scope="col">Mentioned in</th>
            </tr>
          </thead>
          <tbody>
            <xsl:for-each select="place">
              <tr data-place="{@id}">
                <th scope="row"><a href="{@href}"><xsl:value-of select="@name"/></a></th>
                <td><xsl:value-of select="tt:degrees(@lat, 'N', 'S') || ', ' || tt:degrees(@lon, 'E', 'W')"/></td>
                <td><xsl:value-of select="@origin"/></td>
                <td><xsl:value-of select="@other"/></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:with-param>
    </xsl:call-template>
  </xsl:template>

</xsl:stylesheet>
