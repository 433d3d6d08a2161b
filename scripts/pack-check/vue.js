import 'cookie-charter/define';
import { createApp } from 'vue';
import App from './App.vue';
import { CONFIG } from './config.js';

createApp(App, { config: CONFIG }).mount('#app');
