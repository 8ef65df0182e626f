/** Every route of the JSON API except next-auth's own, for the OpenAPI document and its contract test. */
import * as attempts from "./attempts";
import type { Endpoint } from "./define";
import * as me from "./me";
import * as progress from "./progress";
import * as publicRoutes from "./public";
import * as review from "./review";

export const endpoints: readonly Endpoint[] = [publicRoutes, attempts, progress, review, me].flatMap((group) => Object.values(group));
