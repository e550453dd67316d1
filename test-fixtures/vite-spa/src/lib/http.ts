import axios from 'axios';
import * as Sentry from '@sentry/react';

export const api = axios.create({ baseURL: '/api' });

api.interceptors.request.use((config) => {
  console.log('request', config); // leak: the request config carries the Authorization header set below
  console.log('request', config.method, config.url); // ok: method and URL
  config.headers.Authorization = `Bearer ${sessionStorage.getItem('session') ?? ''}`;
  return config;
});

export async function loadProfile(token: string) {
  const headers = { Authorization: `Bearer ${token}` };
  Sentry.setContext('request', { headers }); // leak: the header goes to the error reporter
  try {
    return (await api.get('/profile', { headers })).data;
  } catch (error) {
    Sentry.captureException(error); // leak: the axios error carries config.headers
    Sentry.addBreadcrumb({ message: 'profile failed' }); // ok
    return undefined;
  }
}
