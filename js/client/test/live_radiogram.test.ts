import { live_suite } from "./live.js";
import { RADIOGRAM_PYTHON } from "./serve.js";

live_suite("radiogram", RADIOGRAM_PYTHON);
