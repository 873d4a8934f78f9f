// Designsystemet's Field, from its own module (see ./primitives.tsx for why not the package index).
export { Field } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/field/index.js";
