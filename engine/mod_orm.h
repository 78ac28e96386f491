/*
 * mod_orm.h — native helpers of the ORM ("_ormkata_orm"), which is
 * otherwise kata Python under engine/py/django/.
 */
#ifndef ORMKATA_MOD_ORM_H
#define ORMKATA_MOD_ORM_H

#include "obj.h"

/* The "_ormkata_orm" module (registered by builtins_init). */
Module *mod_orm_init(Interp *I);

#endif
