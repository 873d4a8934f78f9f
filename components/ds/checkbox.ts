// Designsystemet's Checkbox, from its own module (see ./primitives.tsx for why not the package index).
export { Checkbox } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/checkbox/checkbox.js";
