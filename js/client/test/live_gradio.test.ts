import { live_suite } from "./live.js";
import { GRADIO_PYTHON } from "./serve.js";

live_suite("real Gradio 6", GRADIO_PYTHON);
