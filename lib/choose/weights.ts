/**
 * Every weight the chooser uses, in one place, each with the reason it shows and the page that
 * backs the reason. Pure data; `score.ts` adds them up.
 *
 * How to read it: an answer to a question applies one rule; a rule gives each framework points
 * (how well it fits that answer) and a one-line reason citing a lesson (`/learn/<track>/<slug>`)
 * or a compare page (`/compare/<concept>`). Zero points with a reason is a note worth knowing;
 * a framework a rule does not name gets nothing and says nothing. Answers without a rule (for
 * example `work=typical`) change nothing. Scores are sums, so stating one more need can only add
 * that rule's points.
 */
import type { Answer, Framework, QuestionId } from "./questionnaire";

/** The compare pages (`/compare/<concept>`) a reason may cite. */
export const COMPARE_CONCEPTS = [
  "routing", "request-response", "orm", "migrations", "templating", "validation", "async", "api-docs",
  "middleware", "auth", "admin", "conventions", "tooling", "testing", "config",
] as const;
export type CompareConcept = (typeof COMPARE_CONCEPTS)[number];
export type Cite = `/learn/${string}/${string}` | `/compare/${CompareConcept}`;

export type Entry = { points: number; why: string; cite: Cite };
export type Rule = Partial<Record<Framework, Entry>>;

/** Points when the team already writes a framework's language (the largest single factor). */
export const LANGUAGE_MATCH = 30;

/** Points for a signed-in learner who is proficient in every core concept of a framework; scaled by the share. */
export const MASTERY_MAX = 8;

const e = (points: number, why: string, cite: Cite): Entry => ({ points, why, cite });

/** Why knowing the language counts, per framework (each worth LANGUAGE_MATCH). */
export const LANGUAGE_REASONS: Record<Framework, Omit<Entry, "points">> = {
  django: { why: "Your team already writes Python, Django's language.", cite: "/learn/django/batteries-included" },
  flask: { why: "Your team already writes Python, Flask's language.", cite: "/learn/flask/philosophy" },
  fastapi: { why: "Your team already writes Python; FastAPI builds on its type hints.", cite: "/learn/fastapi/philosophy" },
  rails: { why: "Your team already writes Ruby, and Rails leans on Ruby's idioms.", cite: "/learn/rails/philosophy" },
  express: { why: "Your team already writes JavaScript, so browser and server can share one language.", cite: "/learn/choosing/one-language-stack" },
};

type Rules = { [Q in Exclude<QuestionId, "lang">]: Partial<Record<Answer<Q>, Rule>> };

export const RULES: Rules = {
  build: {
    "json-api": {
      fastapi: e(12, "Type-hinted parameters and Pydantic models validate each request and generate an OpenAPI schema with interactive docs at /docs.", "/compare/api-docs"),
      express: e(8, "Routing, middleware and res.json() cover a JSON API; validation and docs are npm packages you choose.", "/learn/express/routing-and-middleware"),
      flask: e(6, "A view that returns a dict sends JSON; validation and API docs come from extensions.", "/compare/request-response"),
      rails: e(6, "`rails new --api` generates a slimmer app for JSON APIs, without views or browser-only middleware.", "/learn/choosing/api-first-services"),
      django: e(4, "JsonResponse is built in, but a full API (serializers, viewsets, a browsable API) usually means adding Django REST Framework.", "/learn/django/admin-templates-drf"),
    },
    "html-app": {
      django: e(12, "Templates, forms, sessions and user authentication all ship with Django.", "/learn/django/admin-templates-drf"),
      rails: e(12, "Controllers render ERB views by convention, and new apps include Hotwire (Turbo and Stimulus) for interactive pages.", "/compare/templating"),
      flask: e(7, "Jinja templates and sessions are built in; forms and login come from extensions such as Flask-WTF and Flask-Login.", "/compare/templating"),
      express: e(3, "res.render() works with a template engine you install, such as Pug or EJS; sessions and forms are more packages.", "/learn/express/philosophy"),
      fastapi: e(2, "FastAPI can render Jinja2 templates, but it is designed around JSON APIs; forms and sessions are yours to add.", "/learn/fastapi/philosophy"),
    },
    realtime: {
      rails: e(10, "Action Cable is part of Rails: WebSocket channels that use your models, and Rails 8's Solid Cable relays messages through the database.", "/learn/rails/philosophy"),
      express: e(10, "Node's event loop keeps many open connections in one process; ws and Socket.IO are the usual WebSocket libraries.", "/learn/express/npm-and-non-blocking-io"),
      fastapi: e(9, "WebSocket routes are built in (from Starlette) and run on the same event loop as async path operations.", "/learn/fastapi/philosophy"),
      django: e(4, "WebSockets need Channels, a separate package on top of Django's ASGI support, with a channel layer such as Redis across processes.", "/compare/async"),
      flask: e(2, "Flask is a WSGI app: WebSockets need an extension such as Flask-SocketIO, or a move to Quart, Flask's ASGI counterpart.", "/compare/async"),
    },
    "crud-admin": {
      django: e(12, "Models, ModelForms and generic views turn a table into list and edit screens with little code.", "/learn/django/admin-templates-drf"),
      rails: e(12, "`bin/rails generate scaffold` writes a resource's model, migration, controller, views, routes and tests in one command.", "/learn/rails/generators-and-gems"),
      flask: e(4, "CRUD screens are assembled from Flask-SQLAlchemy, a form library and views you write.", "/learn/flask/data-with-sqlalchemy"),
      express: e(2, "The data layer and forms are packages you pick, such as Prisma or Sequelize, and screens you write.", "/learn/express/data-layer"),
      fastapi: e(2, "FastAPI gives you the JSON endpoints; the screens would be a separate frontend.", "/learn/fastapi/philosophy"),
    },
  },
  admin: {
    yes: {
      django: e(15, "The admin is built in: it reads your models and gives staff screens to list, add, change and delete records.", "/compare/admin"),
      rails: e(5, "Rails has no built-in admin; gems such as Administrate or ActiveAdmin add one.", "/learn/rails/generators-and-gems"),
      flask: e(4, "Flask-Admin, an extension, builds admin views from SQLAlchemy models.", "/compare/admin"),
      fastapi: e(0, "No admin ships with FastAPI; you add a third-party package or build the screens.", "/compare/admin"),
      express: e(0, "No admin ships with Express; you add a package or build the screens.", "/compare/admin"),
    },
  },
  work: {
    io: {
      fastapi: e(12, "`async def` path operations run on an event loop, so one process serves many requests while they wait on I/O.", "/learn/fastapi/async-and-docs"),
      express: e(12, "Node's I/O is non-blocking: while one request waits, the event loop serves the others.", "/learn/express/npm-and-non-blocking-io"),
      django: e(5, "Django supports async views under ASGI, but most of its ecosystem is still written synchronously.", "/compare/async"),
      rails: e(3, "Puma serves concurrent requests with threads and processes, not async/await, so each waiting request holds a thread.", "/compare/async"),
      flask: e(2, "Flask allows async views, but as a WSGI app each request still holds a worker, so it serves no more requests at once.", "/compare/async"),
    },
    cpu: {
      fastapi: e(5, "Python's numeric and machine-learning libraries are at hand; keep heavy work out of `async def` and in worker processes.", "/learn/fastapi/async-and-docs"),
      django: e(5, "Python's numeric and data libraries are at hand; long jobs usually go to a task queue.", "/compare/async"),
      flask: e(5, "Python's numeric and data libraries are at hand; long jobs usually go to a task queue.", "/compare/async"),
      rails: e(4, "Active Job is part of Rails, backed by Solid Queue by default, so heavy work moves to background jobs without extra services.", "/learn/rails/philosophy"),
      express: e(-6, "CPU-heavy JavaScript blocks the single event loop and stalls every other request unless moved to worker_threads or another service.", "/learn/express/npm-and-non-blocking-io"),
    },
  },
  style: {
    conventions: {
      rails: e(10, "Convention over configuration: names decide where files live and how models, tables and routes connect.", "/learn/rails/philosophy"),
      django: e(8, "Django fixes the project layout, settings, ORM, templates and admin, so most structural decisions are made.", "/learn/django/batteries-included"),
      fastapi: e(2, "Type hints settle validation and docs, but the layout and database layer are up to you.", "/compare/conventions"),
    },
    libraries: {
      flask: e(10, "A small core: you choose the ORM, forms, login and admin as extensions.", "/learn/flask/philosophy"),
      express: e(10, "Routing and middleware only; npm supplies every other piece, chosen by you.", "/learn/express/philosophy"),
      fastapi: e(6, "Validation and docs are decided for you; the database layer, auth and layout are your choice.", "/learn/fastapi/pydantic-models"),
    },
  },
  team: {
    solo: {
      rails: e(5, "Generators and built-in jobs, mail, caching and deployment let one person cover the whole app.", "/learn/rails/generators-and-gems"),
      django: e(5, "Auth, ORM, migrations and the admin are built in, so one person gets a full app without assembling it.", "/learn/django/batteries-included"),
      fastapi: e(2, "Docs generated from the code mean no separate API reference to maintain.", "/compare/api-docs"),
      flask: e(2, "A core small enough for one person to know completely.", "/learn/flask/philosophy"),
    },
    large: {
      rails: e(5, "Shared conventions mean any Rails developer knows where to look in an unfamiliar part of the app.", "/compare/conventions"),
      django: e(5, "A fixed project layout and one usual way for common tasks keep a large codebase consistent.", "/compare/conventions"),
      fastapi: e(3, "Typed models document every endpoint's inputs and outputs, which helps many people share one API.", "/learn/fastapi/pydantic-models"),
    },
  },
  experience: {
    beginner: {
      django: e(6, "Batteries included and a thorough official tutorial: few decisions before the first working app.", "/learn/django/batteries-included"),
      rails: e(6, "Conventions and generators decide the structure, so a newcomer learns the one way every Rails app follows.", "/learn/rails/philosophy"),
      fastapi: e(3, "Type hints give editor completion and precise validation errors while learning.", "/learn/fastapi/philosophy"),
      flask: e(3, "Small enough to read end to end, adding one piece at a time.", "/learn/flask/philosophy"),
      express: e(0, "Newcomers must choose an ORM, validation and structure themselves, and one blocking call stalls every request.", "/learn/express/npm-and-non-blocking-io"),
    },
    experienced: {
      flask: e(5, "Experienced developers can pick the best library for each job and wire it together themselves.", "/learn/choosing/micro-vs-batteries"),
      express: e(5, "Experienced developers can choose and pin the npm packages that fit, and avoid blocking the event loop.", "/learn/express/npm-and-non-blocking-io"),
      fastapi: e(4, "Dependency injection and typed models reward people who design their own structure.", "/learn/fastapi/path-operations"),
    },
  },
  hosting: {
    serverless: {
      flask: e(5, "A small core loads little code when a function starts cold.", "/learn/choosing/micro-vs-batteries"),
      fastapi: e(5, "A small framework loads little code when a function starts cold.", "/learn/fastapi/philosophy"),
      express: e(5, "A thin layer over Node.js: little to load when a function starts cold.", "/learn/express/philosophy"),
      django: e(0, "Runs, but each cold start loads the whole framework, and its defaults assume a long-running server.", "/learn/django/batteries-included"),
      rails: e(0, "Runs, but each cold start boots a full Rails app; it is built for long-running servers.", "/learn/rails/philosophy"),
    },
    "own-server": {
      rails: e(8, "New Rails 8 apps include a Dockerfile and Kamal for deploying to your own servers, and Solid Queue, Cache and Cable avoid running Redis.", "/learn/rails/generators-and-gems"),
      django: e(3, "A WSGI or ASGI app behind Gunicorn or Uvicorn runs on any Linux server.", "/compare/tooling"),
      flask: e(3, "A WSGI app behind Gunicorn runs on any Linux server.", "/compare/tooling"),
      fastapi: e(3, "An ASGI app behind Uvicorn runs on any Linux server.", "/compare/tooling"),
      express: e(3, "One Node process per core, kept running by a process manager such as PM2.", "/learn/express/npm-and-non-blocking-io"),
    },
  },
};

/**
 * Needs that exactly one framework meets with what it ships (no extra package): stating one of
 * them must never lower that framework's rank. Tested as a property; each such rule gives its
 * framework the most points.
 */
export const NATIVE_ONLY: { question: "admin" | "hosting"; answer: string; baseline: string; framework: Framework }[] = [
  { question: "admin", answer: "yes", baseline: "no", framework: "django" },
  { question: "hosting", answer: "own-server", baseline: "any", framework: "rails" },
];
