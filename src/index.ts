/** whoson-elements: WhosOn live-chat operator features as framework-agnostic web components. */
export * from './core/index.js';
export * from './components/index.js';
