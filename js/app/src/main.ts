// Placeholder entry: the front-end issue replaces this with the real app.
const root = document.querySelector("gradio-app");
if (root) root.textContent = "radiogram";
