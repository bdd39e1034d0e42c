# coding: Latin_1
é = 1
