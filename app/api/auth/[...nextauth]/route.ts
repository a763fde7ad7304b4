import { handlers } from '@/lib/auth';

// Auth.js: CSRF token, email-link sign-in and its callback, session (lib/auth/config.ts).
export const { GET, POST } = handlers;
export const dynamic = 'force-dynamic';
