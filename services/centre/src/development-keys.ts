/** The development cookie key (npm start, tests, docker compose's default): published, so production refuses it. */
export const DEVELOPMENT_COOKIE_KEY = 'corredor-development-cookie-key-change-me-0123456789';
