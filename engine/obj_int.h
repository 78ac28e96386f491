/*
 * obj_int.h — what obj.c, obj_proto.c, obj_args.c, exc.c, interp.c and
 * builtins.c share privately: the bootstrap steps of the object model.
 */
#ifndef ORMKATA_OBJ_INT_H
#define ORMKATA_OBJ_INT_H

#include "interp_int.h"

/* Allocate the class records of object, type, str and dict before anything
 * can be named; class_new_native fills them in later. */
void obj_bootstrap(Interp *I);
/* Create object, type and the small builtin classes of obj.c. */
void obj_init(Interp *I);
/* The exception hierarchy (exc.c). */
void exc_init(Interp *I);

#endif
