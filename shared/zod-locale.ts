// Zod speaks Chinese: the details of a BAD_INPUT message reach the user as they are.
import { z } from 'zod';

z.config(z.locales.zhCN());
