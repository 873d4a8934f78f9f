// Designsystemet's Select, SelectOption, from their own modules (see ./primitives.tsx for why not the package index).
export { Select } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/select/index.js";
export { SelectOption } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/select/select-option.js";
