declare module "@citation-js/core" {
  export const plugins: {
    input: {
      chain(input: unknown, options?: { forceType?: string; target?: string; generateGraph?: boolean }): unknown;
    };
  };
  export class Cite {
    constructor(data: unknown, options?: { forceType?: string });
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): unknown;
  }
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
declare module "@citation-js/plugin-csl";
