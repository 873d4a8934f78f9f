// Designsystemet's Textfield, from its own module (see ./primitives.tsx for why not the package index).
export { Textfield } from "../../node_modules/@digdir/designsystemet-react/dist/esm/components/textfield/textfield.js";
