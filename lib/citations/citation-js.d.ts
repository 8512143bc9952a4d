declare module "@citation-js/core" {
  export const plugins: {
    input: {
      chain(input: unknown, options?: { forceType?: string; target?: string; generateGraph?: boolean }): unknown;
    };
  };
}

declare module "@citation-js/plugin-bibtex";
declare module "@citation-js/plugin-ris";
