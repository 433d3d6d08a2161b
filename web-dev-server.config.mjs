// `npm start`: serves the repository, the demo pages at /demo/ loading the built dist/cookie-charter.js.
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  middleware: [
    (context, next) => {
      if (context.url === '/' || context.url === '/index.html') context.redirect('/demo/');
      return next();
    },
  ],
};
