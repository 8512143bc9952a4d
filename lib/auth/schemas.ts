import { z } from "zod";
import { roles } from "@/lib/db/schema/auth";

export const emailSchema = z
  .string({ error: "Email is required." })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "Email must be a valid address, like ana@example.org." }));

export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string({ error: "Password is required." }).min(1, { error: "Password is required." }).max(1024),
});

export const passwordSchema = z
  .string({ error: "Password is required." })
  .min(10, { error: "Password must be at least 10 characters." })
  .max(200, { error: "Password must be at most 200 characters." });

export const roleSchema = z.enum(roles, { error: `Role must be one of ${roles.join(", ")}.` });

export const createUserSchema = z.object({
  email: emailSchema,
  name: z.string({ error: "Name is required." }).trim().min(1, { error: "Name is required." }).max(120, { error: "Name must be at most 120 characters." }),
  role: roleSchema,
  password: passwordSchema,
});

export const updateUserSchema = z.object({
  userId: z.uuid({ error: "User id must be a UUID." }),
  role: roleSchema.optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z.string({ error: "Current password is required." }).min(1, { error: "Current password is required." }).max(1024),
    newPassword: passwordSchema,
    confirmPassword: z.string({ error: "Repeat the new password." }),
  })
  .refine((v) => v.confirmPassword === v.newPassword, { error: "The two new passwords differ.", path: ["confirmPassword"] })
  .refine((v) => v.newPassword !== v.currentPassword, { error: "The new password must differ from the current one.", path: ["newPassword"] });

export const resetPasswordSchema = z.object({ userId: z.uuid({ error: "User id must be a UUID." }) });
