// Three pages, each as a team would write it: vanilla, React 18, Vue 3.
import react from '@vitejs/plugin-react';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react(), vue({ template: { compilerOptions: { isCustomElement: (tag) => tag == 'cookie-charter' } } })],
  build: { rollupOptions: { input: { vanilla: 'vanilla.html', react: 'react.html', vue: 'vue.html' } } },
  logLevel: 'warn',
});
