const source = {
  type: "object",
  required: ["title", "url", "doi", "accessed", "pinpoint"],
  properties: {
    title: { type: "string" },
    url: { type: ["string", "null"] },
    doi: { type: ["string", "null"] },
    accessed: { type: ["string", "null"], format: "date" },
    pinpoint: { type: ["string", "null"] },
  },
};

const version = {
  type: "object",
  required: ["iso", "country", "version", "lastUpdated", "contentHash", "sections", "footnotes"],
  properties: {
    iso: { type: "string", example: "JP" },
    country: { type: "string", example: "Japan" },
    version: { type: "integer", minimum: 1 },
    lastUpdated: { type: "string", format: "date", description: "the publish date of the version (UTC), YYYY-MM-DD" },
    contentHash: { type: "string", description: "SHA-256 of the version's frozen content; also the ETag" },
    sections: {
      type: "array",
      items: {
        type: "object",
        required: ["id", "title", "paragraphs"],
        properties: {
          id: { type: "string", description: "stable anchor of the section on the public page" },
          title: { type: "string" },
          paragraphs: {
            type: "array",
            items: {
              type: "object",
              required: ["id", "text", "notes"],
              properties: {
                id: { type: "string", description: "stable anchor (#id) that survives later versions where the text survives" },
                text: { type: "string" },
                notes: { type: "array", items: { type: "integer" }, description: "the numbers of the footnotes whose markers are in this paragraph, in order" },
              },
            },
          },
        },
      },
    },
    footnotes: {
      type: "array",
      items: {
        type: "object",
        required: ["number", "citationId", "sectionId", "text", "sources"],
        properties: {
          number: { type: "integer" },
          citationId: { type: "string", format: "uuid", description: "the citation (one use of its sources in the profile); the same across versions" },
          sectionId: { type: ["string", "null"], description: "the `id` of the section (in `sections` of the same document) whose text holds the marker" },
          text: { type: "string", description: "OSCOLA" },
          sources: { type: "array", items: source },
        },
      },
    },
  },
};

const notFound = { description: "Unknown profile or version", content: { "application/json": { schema: { type: "object", required: ["error"], properties: { error: { type: "string" } } } } } };
const cached = { ETag: { schema: { type: "string" } }, "Cache-Control": { schema: { type: "string" } } };
const iso = { name: "iso", in: "path", required: true, schema: { type: "string", pattern: "^[A-Za-z]{2}$" }, description: "ISO 3166-1 alpha-2 code" };

/** The OpenAPI 3.1 description of the public JSON API. */
export const openApiDocument = {
  openapi: "3.1.0",
  info: { title: "Folio public API", version: "1", description: "Published country profiles. Responses carry an ETag (send If-None-Match for a 304); a numbered version never changes and is cacheable for a year." },
  paths: {
    "/api/v1/profiles": {
      get: {
        summary: "Every published profile",
        responses: {
          "200": {
            description: "Newest version of each published profile",
            headers: cached,
            content: { "application/json": { schema: { type: "array", items: { type: "object", required: ["iso", "country", "version", "lastUpdated"], properties: { iso: { type: "string" }, country: { type: "string" }, version: { type: "integer" }, lastUpdated: { type: "string", format: "date", description: "the publish date of the version (UTC), YYYY-MM-DD" } } } } } },
          },
        },
      },
    },
    "/api/v1/profiles/{iso}": {
      get: { summary: "The newest version of a profile", parameters: [iso], responses: { "200": { description: "The version", headers: cached, content: { "application/json": { schema: version } } }, "304": { description: "Not modified" }, "404": notFound } },
    },
    "/api/v1/search": {
      get: {
        summary: "Full-text search of the newest published versions",
        parameters: [{ name: "q", in: "query", required: true, schema: { type: "string", minLength: 2, maxLength: 200 }, description: "web-search syntax: words, \"quoted phrases\", or, -excluded" }],
        responses: {
          "200": {
            description: "Matching paragraphs, best first (at most 50); never cached",
            content: { "application/json": { schema: { type: "array", items: { type: "object", required: ["iso", "country", "version", "section", "anchor", "href", "snippet"], properties: { iso: { type: "string" }, country: { type: "string" }, version: { type: "integer" }, section: { type: "string" }, anchor: { type: "string" }, href: { type: "string", description: "the paragraph in the version's permanent page" }, snippet: { type: "string", description: "HTML: escaped text with matches in <mark>" } } } } } },
          },
          "400": { description: "Bad query", content: { "application/json": { schema: { type: "object", required: ["error", "field"], properties: { error: { type: "string" }, field: { type: "string", const: "q" } } } } } },
        },
      },
    },
    "/api/v1/profiles/{iso}/versions/{n}": {
      get: {
        summary: "One numbered version (immutable)",
        parameters: [iso, { name: "n", in: "path", required: true, schema: { type: "integer", minimum: 1 } }],
        responses: { "200": { description: "The version", headers: cached, content: { "application/json": { schema: version } } }, "304": { description: "Not modified" }, "404": notFound },
      },
    },
  },
};
