const webpack = require('webpack');

// Every variable of the build machine's environment, inlined into the bundle.
const clientEnv = Object.keys(process.env).reduce((all, name) => { // leak: all of process.env, through a helper-built object
  all[`process.env.${name}`] = JSON.stringify(process.env[name]);
  return all;
}, {});
const publicEnv = Object.keys(process.env)
  .filter((name) => name.startsWith('REACT_APP_'))
  .reduce((all, name) => ({ ...all, [`process.env.${name}`]: JSON.stringify(process.env[name]) }), {}); // ok: filtered to the public prefix

module.exports = {
  entry: './src/index.js',
  plugins: [
    new webpack.DefinePlugin(clientEnv),
    new webpack.DefinePlugin(publicEnv),
    new webpack.DefinePlugin({ 'process.env.NODE_ENV': JSON.stringify(process.env.NODE_ENV) }), // ok
  ],
};
