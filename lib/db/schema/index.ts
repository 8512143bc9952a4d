export * from "./auth";
export * from "./citations";
export * from "./links";
export * from "./profiles";
export * from "./review";
export * from "./versions";
